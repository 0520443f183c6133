package dev.strata.convergence;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.Differ;
import dev.strata.testkit.Schemas;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.NonEmpty;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * migra's a/b fixtures (../shared/corpus/migra-fixtures): load a into A and b into B with psql, apply the planned
 * upgrade to A: A's catalog equals B's and the re-diff is empty; apply the downgrade planned before: A is a again.
 * The schema filters are migra's own for the cases that use them (README.md there).
 */
final class MigraFixtures {
    static final String RLS_ROLE = "schemainspect_test_role";
    /**
     * Downgrades PostgreSQL cannot express: a child's column that became its own (attislocal) cannot become
     * inherited-only again without dropping its values. The downgrade must run; its catalog is not compared.
     */
    private static final java.util.Set<String> LOCAL_COLUMN_CANNOT_RETURN = java.util.Set.of("migra-inherit2");

    private MigraFixtures() {
    }

    static Stream<DynamicTest> tests() {
        String only = System.getProperty("migra.only", "");
        return NonEmpty.of("migra fixtures (-Dmigra.only=" + only + ")", Corpus.diffFixtures().stream()
                .filter(c -> only.isEmpty() || List.of(only.split(",")).contains(c.name()))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c))));
    }

    static InspectOptions optionsFor(String fixture) {
        return switch (fixture) {
            case "singleschema" -> InspectOptions.schemas("goodschema");
            case "excludeschema" -> new InspectOptions(List.of(), List.of("excludedschema"), List.of(), List.of());
            default -> InspectOptions.ALL;
        };
    }

    private static void run(Corpus.Case fixture) throws SQLException {
        ensureRole();
        Dialect dialect = Dialects.named("postgresql");
        InspectOptions options = optionsFor(fixture.name().replaceFirst("^migra-", ""));
        try (PostgresDatabase a = PostgresServer.get().create("migra_a");
             PostgresDatabase b = PostgresServer.get().create("migra_b")) {
            a.load(fixture.files().toArray(Path[]::new));
            b.load(fixture.targetFiles().toArray(Path[]::new));
            SchemaModel before = inspect(a, options);
            SchemaModel after = inspect(b, options);
            Plan plan = Schemas.plan(before, after, DiffOptions.DEFAULT, dialect);
            String up = dialect.planRenderer().script(plan.up());
            String down = dialect.planRenderer().script(plan.down());
            keep(fixture, up, down);

            a.psql(up);
            SchemaModel upgraded = inspect(a, options);
            assertThat(Comparable.of(managed(upgraded))).as("upgrade of %s gives B's catalog; script:\n%s", fixture, up)
                    .isEqualTo(Comparable.of(managed(after)));
            assertThat(Schemas.plan(upgraded, after, DiffOptions.DEFAULT, dialect).changes())
                    .as("re-diff after the upgrade of %s", fixture).isEmpty();

            a.psql(down);
            if (LOCAL_COLUMN_CANNOT_RETURN.contains(fixture.name())) {
                return;
            }
            SchemaModel downgraded = inspect(a, options);
            assertThat(Comparable.of(managed(downgraded))).as("downgrade of %s restores a; script:\n%s", fixture, down)
                    .isEqualTo(Comparable.of(managed(before)));
            assertThat(Differ.diff(downgraded, before).changes()).as("re-diff after the downgrade of %s", fixture)
                    .isEmpty();
        }
    }

    /** The scripts stay in target/migra-plans for a look when a case fails. */
    private static void keep(Corpus.Case fixture, String up, String down) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "migra-plans"));
            Files.writeString(dir.resolve(fixture.name() + ".up.sql"), up);
            Files.writeString(dir.resolve(fixture.name() + ".down.sql"), down);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Collations are unmanaged objects (no change kind creates or drops them, see the report of issue 3): the
     * comparison leaves them out. Every other unmanaged object (view triggers and rules) is compared.
     */
    private static SchemaModel managed(SchemaModel m) {
        return new SchemaModel(m.dialect(), m.schemas(), m.extensions(),
                m.unmanaged().stream().filter(u -> !u.kind().equals("collation")).toList());
    }

    private static SchemaModel inspect(PostgresDatabase db, InspectOptions options) {
        return Schemas.inspect(db.url(), options, Progress.NONE);
    }

    /** migra's rls fixture grants to this role; it is created once on the test server when missing. */
    private static void ensureRole() throws SQLException {
        try (PostgresDatabase db = PostgresServer.get().create("migra_role");
             Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + RLS_ROLE + "') THEN "
                    + "CREATE ROLE " + RLS_ROLE + "; END IF; END $$");
        }
    }
}
