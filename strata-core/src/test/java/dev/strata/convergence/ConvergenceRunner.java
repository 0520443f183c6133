package dev.strata.convergence;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.Differ;
import dev.strata.diff.Renames;
import dev.strata.testkit.Schemas;
import dev.strata.dump.DumpOptions;
import dev.strata.inspect.InspectOptions;
import dev.strata.migrate.Migrator;
import dev.strata.migrate.MigrationsDirectory;
import dev.strata.migrate.RevisionIds;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one convergence case on real databases: A holds "before" with sample rows, and a child table whose rows
 * reference the changed table (see {@link ChildRows}); B holds "after". The plan is applied on both roads a user
 * takes: as a script through the database's own client ({@code diff --sql | sqlite3}), then as a revision file run by
 * the {@link Migrator} ({@code upgrade head}, {@code downgrade -1}), where the database has migrations. On each
 * road the upgrade turns A into B (same catalog, rows kept, re-diff empty, no foreign key pointing at nothing) and the
 * downgrade, planned before the upgrade, turns it back into what it was.
 */
final class ConvergenceRunner {
    private ConvergenceRunner() {
    }

    /** One way of applying a plan's upgrade and downgrade to database A. */
    private interface Road {
        void up() throws Exception;

        void down() throws Exception;
    }

    static void run(String dialectName, ConvergenceCase original) throws Exception {
        Dialect dialect = Dialects.named(dialectName);
        ConvergenceCase c = ChildRows.attach(original).orElse(original);
        try (CaseDatabase a = CaseDatabase.fresh(dialectName, "conv_a");
             CaseDatabase b = CaseDatabase.fresh(dialectName, "conv_b")) {
            a.run(dialect.dumper().dump(c.before(), DumpOptions.DEFAULT));
            b.run(dialect.dumper().dump(c.after(), DumpOptions.DEFAULT));
            SchemaModel before = inspect(a);
            SchemaModel after = inspect(b);
            List<String> hints = c.renames().stream().map(h -> inSchemaOf(before, h)).toList();
            Plan plan = Schemas.plan(before, after, DiffOptions.DEFAULT.withRenames(Renames.parse(hints)), dialect);
            assertThat(plan.isEmpty()).as("a real change plans something").isFalse();
            Sample sample = Sample.seed(a, before, c);

            walk(c, "the script", a, before, after, sample, new Road() {
                public void up() {
                    a.run(dialect.planRenderer().script(plan.up()));
                }

                public void down() {
                    a.run(dialect.planRenderer().script(plan.down()));
                }
            });
            if (dialect.migrationSupport().isPresent()) {
                walk(c, "the revision", a, before, after, sample, revision(dialect, a, c, plan));
            }
        }
    }

    /** The rows written into A before the plan runs: the changed table's, and its children's. */
    private record Sample(QualifiedName parentBefore, QualifiedName parentAfter, List<String> kept,
                          List<List<String>> parentRows, QualifiedName child, List<String> childRows) {
        static Sample seed(CaseDatabase a, SchemaModel before, ConvergenceCase c) throws SQLException {
            QualifiedName parentBefore = inSchemaOf(before, c.seededBefore());
            QualifiedName parentAfter = inSchemaOf(before, c.seededAfter());
            List<String> kept = new ArrayList<>(c.survivors().keySet());
            if (parentBefore == null) {
                return new Sample(null, null, kept, List.of(), null, List.of());
            }
            Rows.seed(a.url(), before, parentBefore);
            List<List<String>> rows = values(Rows.read(a.url(), before, parentBefore, kept));
            QualifiedName child = ChildRows.childOf(before, parentBefore).orElse(null);
            List<String> children = child == null ? List.of() : ChildRows.seed(a.url(), before, child, parentBefore);
            return new Sample(parentBefore, parentAfter, kept, rows, child, children);
        }
    }

    /** The plan as autogenerate writes it into a revision file, applied by the migrator. */
    private static Road revision(Dialect dialect, CaseDatabase a, ConvergenceCase c, Plan plan) throws IOException {
        Path migrations = Files.createTempDirectory("strata-conv-migrations");
        MigrationsDirectory directory = new MigrationsDirectory(migrations);
        Path file = directory.write(RevisionIds.generate(), List.of(), c.name(), Instant.now(),
                Plan.script(plan.up()), Plan.script(plan.down()));
        Migrator migrator = new Migrator(dialect, a.url(), directory.graph(), Duration.ofSeconds(60), Progress.NONE,
                "convergence test");
        return new Road() {
            public void up() {
                migrator.upgrade("head");
            }

            public void down() throws IOException {
                migrator.downgrade("-1");
                Files.delete(file);
                Files.delete(migrations);
            }
        };
    }

    private static void walk(ConvergenceCase c, String road, CaseDatabase a, SchemaModel before, SchemaModel after,
                             Sample sample, Road apply) throws Exception {
        Dialect dialect = Dialects.named(before.dialect());
        apply.up();
        SchemaModel upgraded = ChildRows.withoutBookkeeping(inspect(a));
        assertThat(Comparable.of(upgraded)).as("upgrade of %s by %s gives the target catalog", c, road)
                .isEqualTo(Comparable.of(Schemas.alignDatabaseNames(upgraded, after, dialect)));
        assertThat(Schemas.plan(upgraded, after, DiffOptions.DEFAULT, dialect).changes())
                .as("re-diff after the upgrade of %s by %s", c, road).isEmpty();
        if (!sample.parentRows().isEmpty()) {
            List<String> renamed = sample.kept().stream().map(k -> c.survivors().get(k)).toList();
            assertThat(values(Rows.read(a.url(), upgraded, sample.parentAfter(), renamed)))
                    .as("rows survive the upgrade of %s by %s", c, road).isEqualTo(sample.parentRows());
        }
        ChildRows.assertIntact(a.url(), upgraded, sample.child(), sample.childRows(),
                "upgrade of " + c + " by " + road);

        apply.down();
        SchemaModel downgraded = ChildRows.withoutBookkeeping(inspect(a));
        assertThat(Comparable.of(downgraded)).as("downgrade of %s by %s restores the original", c, road)
                .isEqualTo(Comparable.of(before));
        assertThat(Differ.diff(downgraded, before).changes())
                .as("re-diff after the downgrade of %s by %s", c, road).isEmpty();
        if (!sample.parentRows().isEmpty()) {
            assertThat(values(Rows.read(a.url(), downgraded, sample.parentBefore(), sample.kept())))
                    .as("rows survive the downgrade of %s by %s", c, road).isEqualTo(sample.parentRows());
        }
        ChildRows.assertIntact(a.url(), downgraded, sample.child(), sample.childRows(),
                "downgrade of " + c + " by " + road);
    }

    /**
     * The case names tables in the database it was derived from; where the schema is the database (MariaDB), A's
     * schema has A's name.
     */
    static QualifiedName inSchemaOf(SchemaModel model, QualifiedName table) {
        if (table == null || model.schemas().size() != 1 || model.table(table).isPresent()) {
            return table;
        }
        return QualifiedName.of(model.schemas().get(0).name(), table.name());
    }

    /** A rename hint of the source database, naming A's schema instead. */
    static String inSchemaOf(SchemaModel model, String hint) {
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
        return Schemas.inspect(db.url(), InspectOptions.ALL, Progress.NONE);
    }
}
