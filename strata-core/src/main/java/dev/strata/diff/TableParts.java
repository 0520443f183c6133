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
        return t.withForeignKeys(List.of()).withIndexes(List.of()).withTriggers(List.of()).withRules(List.of())
                .withRowSecurity(RowSecurity.NONE).withGrants(List.of());
    }

    static View core(View v) {
        return new View(v.name(), v.definition(), v.materialized(), v.columns(), List.of(), v.dependsOn(), v.owner(),
                v.comment(), List.of(), v.options());
    }

    static Table renamed(Table t, QualifiedName name) {
        return t.withName(name).withTriggers(t.triggers().stream().map(tr -> new dev.strata.model.Trigger(tr.name(),
                name, tr.timing(), tr.events(), tr.definition(), tr.comment(), tr.options())).toList())
                .withDefinition(null);
    }
}
