package dev.strata.convergence;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity properties of the diff on every corpus schema of a dialect: diff(X, X) is empty, and the plan to an
 * empty database followed by the plan from an empty database back to X converge, each applied with the database's
 * own client.
 */
final class RoundTrips {
    private RoundTrips() {
    }

    static Stream<DynamicTest> tests(String dialect) {
        return Corpus.schemas(dialect).stream().map(schema -> DynamicTest.dynamicTest(schema.toString(),
                () -> identityAndEmpty(dialect, schema)));
    }

    private static void identityAndEmpty(String dialectName, Corpus.Case schema) {
        Dialect dialect = Dialects.named(dialectName);
        try (CaseDatabase x = CaseDatabase.fresh(dialectName, "rt_x");
             CaseDatabase empty = CaseDatabase.fresh(dialectName, "rt_empty")) {
            schema.files().forEach(f -> x.run(read(f)));
            SchemaModel model = ConvergenceRunner.inspect(x);
            SchemaModel nothing = ConvergenceRunner.inspect(empty);
            assertThat(Schemas.plan(model, model, DiffOptions.DEFAULT, dialect).changes())
                    .as("diff(X, X) of %s", schema).isEmpty();

            x.run(dialect.planRenderer().script(Schemas.plan(model, nothing, DiffOptions.DEFAULT, dialect).up()));
            SchemaModel emptied = ConvergenceRunner.inspect(x);
            assertThat(Schemas.plan(emptied, nothing, DiffOptions.DEFAULT, dialect).changes())
                    .as("%s after the plan to an empty database", schema).isEmpty();

            x.run(dialect.planRenderer().script(Schemas.plan(emptied, model, DiffOptions.DEFAULT, dialect).up()));
            SchemaModel rebuilt = ConvergenceRunner.inspect(x);
            assertThat(Comparable.of(rebuilt)).as("%s rebuilt from nothing", schema)
                    .isEqualTo(Comparable.of(Schemas.alignDatabaseNames(rebuilt, model, dialect)));
            assertThat(Schemas.plan(rebuilt, model, DiffOptions.DEFAULT, dialect).changes())
                    .as("re-diff of %s rebuilt from nothing", schema).isEmpty();
        }
    }

    private static String read(java.nio.file.Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
