package dev.strata.spring.test;

import dev.strata.api.CheckResult;
import dev.strata.api.ModelScope;
import dev.strata.api.Strata;
import dev.strata.api.schema.DataSources;
import dev.strata.format.ChangeText;
import dev.strata.spring.StrataProject;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * Assertions for an application's own tests (any test framework: failures are {@link AssertionError}s), for example
 * in a {@code @SpringBootTest}:
 * <pre>{@code @Autowired DataSource dataSource;
 * @Test void entitiesMatchTheMigratedDatabase() { StrataAssertions.assertModelsMatch(dataSource); }}</pre>
 */
public final class StrataAssertions {
    private StrataAssertions() {
    }

    /** {@link #assertModelsMatch(DataSource, Path)} for the project in the working directory (Maven's: the module). */
    public static void assertModelsMatch(DataSource dataSource) {
        assertModelsMatch(dataSource, Path.of(""));
    }

    /**
     * Fails, listing each difference as {@code strata check} does, when the JPA entities (the sources strata.yaml in
     * {@code projectDirectory} names, read without compiling) and the database behind {@code dataSource} differ.
     * The entities are put in the database's normal form on a scratch database made beside it, with the URL the
     * driver reports and the pool's user and password (given to the driver, never printed).
     */
    public static void assertModelsMatch(DataSource dataSource, Path projectDirectory) {
        Strata strata = Strata.configure(StrataProject.config(projectDirectory)).withDataSource(dataSource)
                .withScratchUrl(PoolCredentials.urlWithCredentials(dataSource, DataSources.url(dataSource)));
        CheckResult result = strata.check(ModelScope.CONFIGURED);
        if (!result.matches()) {
            throw new AssertionError("the JPA entities and the migrated database differ (strata check):\n"
                    + ChangeText.write(result.differences())
                    + "Write a revision for them: strata revision --autogenerate -m MESSAGE");
        }
    }
}
