package dev.strata.convergence;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.Differ;
import dev.strata.diff.Renames;
import dev.strata.diff.SchemaDiffs;
import dev.strata.dump.DumpOptions;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Inspection;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one convergence case on real databases: A holds "before" with sample rows, B holds "after"; the planned
 * upgrade turns A into B (same catalog, rows kept, re-diff empty) and the downgrade, planned before the upgrade, turns
 * it back into what it was.
 */
final class ConvergenceRunner {
    private ConvergenceRunner() {
    }

    static void run(String dialectName, ConvergenceCase c) throws SQLException {
        Dialect dialect = Dialects.named(dialectName);
        try (CaseDatabase a = CaseDatabase.fresh(dialectName, "conv_a");
             CaseDatabase b = CaseDatabase.fresh(dialectName, "conv_b")) {
            a.run(dialect.dumper().dump(c.before(), DumpOptions.DEFAULT));
            b.run(dialect.dumper().dump(c.after(), DumpOptions.DEFAULT));
            SchemaModel before = inspect(a);
            SchemaModel after = inspect(b);
            List<String> hints = c.renames().stream().map(h -> inSchemaOf(before, h)).toList();
            Plan plan = SchemaDiffs.plan(before, after, DiffOptions.DEFAULT.withRenames(Renames.parse(hints)), dialect);
            assertThat(plan.isEmpty()).as("a real change plans something").isFalse();
            List<String> kept = new ArrayList<>(c.survivors().keySet());
            QualifiedName seededBefore = inSchemaOf(before, c.seededBefore());
            QualifiedName seededAfter = inSchemaOf(before, c.seededAfter());
            List<Map<String, String>> seeded = List.of();
            if (seededBefore != null) {
                Rows.seed(a.url(), before, seededBefore);
                seeded = Rows.read(a.url(), before, seededBefore, kept);
            }

            a.run(dialect.planRenderer().script(plan.up()));
            SchemaModel upgraded = inspect(a);
            assertThat(Comparable.of(upgraded)).as("upgrade of %s gives the target catalog", c)
                    .isEqualTo(Comparable.of(SchemaDiffs.alignDatabaseNames(upgraded, after, dialect)));
            assertThat(SchemaDiffs.plan(upgraded, after, DiffOptions.DEFAULT, dialect).changes())
                    .as("re-diff after the upgrade of %s", c).isEmpty();
            if (!seeded.isEmpty()) {
                List<String> renamed = kept.stream().map(k -> c.survivors().get(k)).toList();
                assertThat(values(Rows.read(a.url(), upgraded, seededAfter, renamed)))
                        .as("rows survive the upgrade of %s", c).isEqualTo(values(seeded));
            }

            a.run(dialect.planRenderer().script(plan.down()));
            SchemaModel downgraded = inspect(a);
            assertThat(Comparable.of(downgraded)).as("downgrade of %s restores the original", c)
                    .isEqualTo(Comparable.of(before));
            assertThat(Differ.diff(downgraded, before).changes()).as("re-diff after the downgrade of %s", c).isEmpty();
            if (!seeded.isEmpty()) {
                assertThat(values(Rows.read(a.url(), downgraded, seededBefore, kept)))
                        .as("rows survive the downgrade of %s", c).isEqualTo(values(seeded));
            }
        }
    }

    /**
     * The case names tables in the database it was derived from; where the schema is the database (MariaDB), A's
     * schema has A's name.
     */
    private static QualifiedName inSchemaOf(SchemaModel model, QualifiedName table) {
        if (table == null || model.schemas().size() != 1 || model.table(table).isPresent()) {
            return table;
        }
        return QualifiedName.of(model.schemas().get(0).name(), table.name());
    }

    /** A rename hint of the source database, naming A's schema instead. */
    private static String inSchemaOf(SchemaModel model, String hint) {
        String schema = hint.substring(0, hint.indexOf('.'));
        if (model.schemas().size() != 1 || model.schema(schema).isPresent()) {
            return hint;
        }
        return model.schemas().get(0).name() + hint.substring(schema.length());
    }

    private static List<List<String>> values(List<Map<String, String>> rows) {
        return rows.stream().map(r -> (List<String>) new ArrayList<>(r.values())).toList();
    }

    static SchemaModel inspect(CaseDatabase db) {
        return Inspection.inspect(db.url(), InspectOptions.ALL, Progress.NONE);
    }
}
