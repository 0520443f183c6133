package dev.strata.convergence;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** H2 has no corpus: the same mutations run over strata's own H2 fixtures, forwards and reversed, with rows. */
class H2ConvergenceTest {
    @TestFactory
    Stream<DynamicTest> fixtureMutations() throws IOException {
        List<ConvergenceCase> cases = new ArrayList<>();
        for (String fixture : List.of("shop", "features")) {
            try (CaseDatabase db = CaseDatabase.fresh("h2", "base")) {
                db.run(resource("/fixtures/h2/" + fixture + ".sql"));
                cases.addAll(Mutations.of(ConvergenceRunner.inspect(db), "h2 " + fixture));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(16);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> ConvergenceRunner.run("h2", c)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = H2ConvergenceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
