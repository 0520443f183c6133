package dev.strata.diff;

import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Table;
import dev.strata.model.View;

import java.util.List;

/**
 * Splits tables and views into the part that CREATE TABLE / CREATE VIEW makes (columns, keys, checks, comments)
 * and the parts that are changes of their own (indexes, foreign keys, triggers, rules, policies, grants).
 */
final class TableParts {
    private TableParts() {
    }

    static Table core(Table t) {
        return new Table(t.name(), t.columns(), t.primaryKey(), List.of(), t.uniques(), t.checks(), List.of(),
                List.of(), List.of(), t.partitionBy(), t.partitionOf(), t.inherits(), RowSecurity.NONE, t.owner(),
                t.comment(), List.of(), t.options(), t.definition());
    }

    static View core(View v) {
        return new View(v.name(), v.definition(), v.materialized(), v.columns(), List.of(), v.dependsOn(), v.owner(),
                v.comment(), List.of(), v.options());
    }

    static Table renamed(Table t, QualifiedName name) {
        return new Table(name, t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), t.indexes(),
                t.triggers().stream().map(tr -> new dev.strata.model.Trigger(tr.name(), name, tr.timing(),
                        tr.events(), tr.definition(), tr.comment(), tr.options())).toList(),
                t.rules(), t.partitionBy(), t.partitionOf(), t.inherits(), t.rowSecurity(), t.owner(), t.comment(),
                t.grants(), t.options(), null);
    }
}
