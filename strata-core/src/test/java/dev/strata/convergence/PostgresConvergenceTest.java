package dev.strata.convergence;

import dev.strata.testkit.Corpus;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.SchemaDiffs;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Inspection;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** PostgreSQL plans converge both ways: migra's fixtures, corpus-derived mutations with rows, identity, nothing. */
class PostgresConvergenceTest {
    /** From an empty database to the synthetic 1,000-table schema of ../shared/bench (database bench_pg_1000). */
    @Test
    void fromNothingToTheBenchSchema() {
        String benchUrl = PostgresServer.get().url("bench_pg_1000");
        SchemaModel bench;
        try {
            bench = Inspection.inspect(benchUrl, InspectOptions.ALL, Progress.NONE);
        } catch (StrataException e) {
            assumeTrue(false, "bench_pg_1000 is not on this server (../shared/bench/load.sh makes it)");
            return;
        }
        Dialect dialect = Dialects.named("postgresql");
        try (CaseDatabase target = CaseDatabase.fresh("postgresql", "bench_from_nothing")) {
            SchemaModel nothing = ConvergenceRunner.inspect(target);
            Plan plan = SchemaDiffs.plan(nothing, bench, DiffOptions.DEFAULT, dialect);
            target.run(dialect.planRenderer().script(plan.up()));
            SchemaModel built = ConvergenceRunner.inspect(target);
            assertThat(built.counts().tables()).isEqualTo(bench.counts().tables()).isGreaterThanOrEqualTo(1000);
            assertThat(Comparable.of(built)).isEqualTo(Comparable.of(bench));
            assertThat(SchemaDiffs.plan(built, bench, DiffOptions.DEFAULT, dialect).changes()).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> migraFixtures() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return MigraFixtures.tests();
    }

    @TestFactory
    Stream<DynamicTest> corpusMutations() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return CorpusCases.tests("postgresql", 30);
    }

    @TestFactory
    Stream<DynamicTest> identityAndEmpty() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return RoundTrips.tests("postgresql");
    }
}
