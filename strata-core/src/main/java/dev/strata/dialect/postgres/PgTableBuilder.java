package dev.strata.dialect.postgres;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Grant;
import dev.strata.model.Index;
import dev.strata.model.PartitionOf;
import dev.strata.model.Policy;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Rule;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the parts of one relation (table, view or composite type) while the catalog queries stream in. */
final class PgTableBuilder {
    final QualifiedName name;
    final String relkind;
    final List<Column> columns = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();
    final List<QualifiedName> inherits = new ArrayList<>();
    final List<QualifiedName> dependsOn = new ArrayList<>();
    final Map<String, String> options = new TreeMap<>();
    PrimaryKey primaryKey;
    String partitionBy;
    PartitionOf partitionOf;
    boolean rlsEnabled;
    boolean rlsForced;
    String owner;
    String comment;
    String definition;

    PgTableBuilder(QualifiedName name, String relkind) {
        this.name = name;
        this.relkind = relkind;
    }

    boolean isView() {
        return relkind.equals("v") || relkind.equals("m");
    }

    Table table() {
        return Table.named(name).withColumns(columns).withPrimaryKey(primaryKey).withForeignKeys(foreignKeys)
                .withUniques(uniques).withChecks(checks).withIndexes(indexes).withTriggers(triggers).withRules(rules)
                .withPartitionBy(partitionBy).withPartitionOf(partitionOf).withInherits(inherits)
                .withRowSecurity(new RowSecurity(rlsEnabled, rlsForced, policies)).withOwner(owner)
                .withComment(comment).withGrants(grants).withOptions(options);
    }

    View view() {
        return new View(name, definition, relkind.equals("m"), columns, indexes, dependsOn, owner, comment, grants,
                options);
    }
}
