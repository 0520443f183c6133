package dev.strata.convergence;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.inspect.InspectOptions;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.Schemas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL plans converge both ways: migra's fixtures, corpus-derived mutations with rows, identity, nothing. */
class PostgresConvergenceTest {
    /**
     * From an empty database to the synthetic 1,000-table schema of the benchmarks (BenchSchema, the in-process port
     * of ../shared/bench/gen_schema.py), loaded here into a database of its own: it needs no benchmark run, no Python
     * and no corpus, so it runs wherever PostgreSQL does.
     */
    @Test
    void fromNothingToTheBenchSchema() throws java.io.IOException {
        Path sql = Files.createTempFile("strata-bench-1000", ".sql");
        SchemaModel bench;
        try (PostgresDatabase source = PostgresServer.get().create("bench_1000")) {
            Files.writeString(sql, BenchSchema.postgres(1000, BenchSchema.SEED));
            source.load(sql);
            bench = Schemas.inspect(source.url(), InspectOptions.ALL, Progress.NONE);
        } finally {
            Files.deleteIfExists(sql);
        }
        Dialect dialect = Dialects.named("postgresql");
        try (CaseDatabase target = CaseDatabase.fresh("postgresql", "bench_from_nothing")) {
            SchemaModel nothing = ConvergenceRunner.inspect(target);
            Plan plan = Schemas.plan(nothing, bench, DiffOptions.DEFAULT, dialect);
            target.run(dialect.planRenderer().script(plan.up()));
            SchemaModel built = ConvergenceRunner.inspect(target);
            assertThat(built.counts().tables()).isEqualTo(bench.counts().tables()).isGreaterThanOrEqualTo(1000);
            assertThat(Comparable.of(built)).isEqualTo(Comparable.of(bench));
            assertThat(Schemas.plan(built, bench, DiffOptions.DEFAULT, dialect).changes()).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> migraFixtures() {
        return MigraFixtures.tests();
    }

    @TestFactory
    Stream<DynamicTest> corpusMutations() {
        return CorpusCases.tests("postgresql", 30);
    }

    @TestFactory
    Stream<DynamicTest> identityAndEmpty() {
        return RoundTrips.tests("postgresql");
    }
}
