package dev.strata.dialect.postgres;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.testkit.Schemas;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.plan.NullBlocker;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** NOT NULL on a column holding NULLs is reported with the count and a backfill before anything runs. */
class PostgresPreflightTest {
    private final Dialect dialect = Dialects.named("postgresql");

    @Test
    void countsNullsAndOffersTheTargetDefaultAsBackfill() {
        try (PostgresDatabase a = PostgresServer.get().create("pre_a");
             PostgresDatabase b = PostgresServer.get().create("pre_b")) {
            a.psql("CREATE TABLE t (id int PRIMARY KEY, status text, note text);"
                    + "INSERT INTO t VALUES (1, NULL, NULL), (2, 'x', NULL), (3, NULL, 'n');");
            b.psql("CREATE TABLE t (id int PRIMARY KEY, status text DEFAULT 'new' NOT NULL, note text NOT NULL,"
                    + " added int NOT NULL);");
            Plan plan = Schemas.plan(inspect(a), inspect(b), DiffOptions.DEFAULT, dialect);

            List<NullBlocker> blockers = Schemas.preflight(a.url(), plan, dialect);

            QualifiedName t = QualifiedName.of("public", "t");
            assertThat(blockers).containsExactlyInAnyOrder(
                    new NullBlocker(t, "status", 2, "UPDATE \"public\".\"t\" SET \"status\" = 'new'::text"
                            + " WHERE \"status\" IS NULL"),
                    new NullBlocker(t, "note", 2, null),
                    new NullBlocker(t, "added", 3, null));
            assertThat(blockers.get(0).message()).contains("2 rows hold NULL");
        }
    }

    @Test
    void backfillLetsThePlanRunAndKeepsRows() {
        try (PostgresDatabase a = PostgresServer.get().create("pre_a");
             PostgresDatabase b = PostgresServer.get().create("pre_b")) {
            a.psql("CREATE TABLE t (id int PRIMARY KEY, status text); INSERT INTO t VALUES (1, NULL), (2, 'x');");
            b.psql("CREATE TABLE t (id int PRIMARY KEY, status text DEFAULT 'new' NOT NULL);");
            Plan plan = Schemas.plan(inspect(a), inspect(b), DiffOptions.DEFAULT, dialect);
            NullBlocker blocker = Schemas.preflight(a.url(), plan, dialect).get(0);

            a.psql(blocker.backfill() + ";");
            assertThat(Schemas.preflight(a.url(), plan, dialect)).isEmpty();
            a.psql(dialect.planRenderer().script(plan.up()));
            assertThat(Schemas.plan(inspect(a), inspect(b), DiffOptions.DEFAULT, dialect).isEmpty()).isTrue();
        }
    }

    private static SchemaModel inspect(PostgresDatabase db) {
        return Schemas.inspect(db.url(), InspectOptions.ALL, Progress.NONE);
    }
}
