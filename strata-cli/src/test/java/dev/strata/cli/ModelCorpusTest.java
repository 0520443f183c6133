package dev.strata.cli;

import dev.strata.jpa.testkit.HibernateValidation;
import dev.strata.inspect.InspectOptions;
import dev.strata.api.schema.Inspection;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's first acceptance through the command line, for every corpus schema on every dialect:
 * {@code rebuild-from-database} into a fresh project, the generated entities and DTOs compile, and
 * {@code strata check} against the same database finds no difference. Each schema runs twice: with names as written
 * ({@code models.naming: jpa}) and with the default {@code models.naming: spring}, where the entities must also start
 * in Hibernate configured as Spring Boot configures it and pass {@code hbm2ddl validate} (issue 9, item 4).
 */
class ModelCorpusTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return cases("sqlite");
    }

    @TestFactory
    Stream<DynamicTest> postgresql() {
        return cases("postgresql");
    }

    @TestFactory
    Stream<DynamicTest> mysql() {
        return cases("mysql");
    }

    private Stream<DynamicTest> cases(String dialect) {
        return Corpus.schemas(dialect).stream().flatMap(c -> Stream.of("jpa", "spring")
                .map(naming -> DynamicTest.dynamicTest(c + " naming " + naming, () -> rebuildCompileCheck(c, naming))));
    }

    private void rebuildCompileCheck(Corpus.Case c, String naming) throws Exception {
        Path work = Files.createDirectories(dir.resolve(c.dialect() + "-" + c.name() + "-" + naming));
        switch (c.dialect()) {
            case "postgresql":
                try (PostgresDatabase db = PostgresServer.get().create("models_corpus")) {
                    db.load(c.files().toArray(Path[]::new));
                    rebuildCompileCheck(c, naming, work, db.url());
                }
                break;
            case "mysql":
                try (MariaDbDatabase db = MariaDbServer.get().create("models_corpus")) {
                    db.load(c.files().toArray(Path[]::new));
                    rebuildCompileCheck(c, naming, work, db.url());
                }
                break;
            default:
                Path file = SqliteFiles.fresh(work, c.name());
                SqliteFiles.load(file, c.files().toArray(Path[]::new));
                rebuildCompileCheck(c, naming, work, SqliteFiles.url(file));
        }
    }

    /** What gets no entity is listed, never dropped silently. */
    private static void assertEveryViewAndKeylessTableReported(Corpus.Case c, String url, String out) {
        SchemaModel model = Inspection.inspect(url, InspectOptions.ALL, Progress.NONE);
        for (Schema s : model.schemas()) {
            s.views().forEach(v -> assertThat(out).as("%s: %s reported", c, v.name())
                    .contains("not in the entities: " + (v.materialized() ? "materialized view " : "view ") + v.name()));
            s.tables().stream().filter(t -> t.primaryKey() == null).forEach(t -> assertThat(out)
                    .as("%s: %s reported", c, t.name()).contains("not in the entities: table " + t.name()));
        }
    }

    private static void rebuildCompileCheck(Corpus.Case c, String naming, Path work, String url) {
        Project project = new Project(work.resolve("project"), url);
        if (naming.equals("jpa")) {
            ModelFiles.namesAsWritten(project);   // as the JPA module's corpus round trip: every corpus name as it is
        }
        Project.Result rebuild = project.run("rebuild-from-database", "--quiet");
        if (naming.equals("spring") && hasMixedCaseNames(url)) {
            assertRefusedForSpringNaming(c, project, rebuild);
            return;
        }
        assertThat(rebuild.exit()).as("%s rebuild-from-database: %s", c, rebuild.all()).isZero();
        assertThat(project.dir.resolve("src/main/java/app/model")).as("%s: entities", c).isDirectory();
        assertEveryViewAndKeylessTableReported(c, url, rebuild.out());
        Path classes = work.resolve("classes");
        assertThat(ModelFiles.compile(project.dir.resolve("src/main/java"), classes))
                .as("%s: javac on the entities and DTOs", c).isEmpty();
        Project.Result check = project.run("check", "--quiet");
        assertThat(check.exit()).as("%s: strata check after rebuild-from-database:%n%s", c, check.all()).isZero();
        if (naming.equals("spring")) {
            startsInSpringBoot(c, url, classes);
        }
    }

    /**
     * Databases named in mixed case (chinook's Album.AlbumId on MariaDB and SQLite): Spring Boot's naming lower-cases
     * and splits every name, even a written or quoted one, so no entity can reach them with it. The rebuild says so
     * and writes nothing; the same schema runs with names as written above.
     */
    private static boolean hasMixedCaseNames(String url) {
        SchemaModel model = Inspection.inspect(url, InspectOptions.ALL, Progress.NONE);
        return model.schemas().stream().flatMap(s -> s.tables().stream()).anyMatch(t -> mixedCase(t.name().name())
                || t.columns().stream().anyMatch(col -> mixedCase(col.name())));
    }

    private static boolean mixedCase(String name) {
        return !name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static void assertRefusedForSpringNaming(Corpus.Case c, Project project, Project.Result rebuild) {
        assertThat(rebuild.exit()).as("%s rebuild-from-database with spring naming: %s", c, rebuild.all())
                .isEqualTo(4);
        assertThat(rebuild.err()).as("%s", c).contains("cannot be mapped with models.naming: spring")
                .contains("set models.naming: jpa").doesNotContain("\tat ");
        assertThat(rebuild.err().strip().lines().count()).as("%s: one line", c).isEqualTo(1);
        assertThat(project.dir.resolve("src/main/java/app/model").toFile().list()).as("%s: nothing written", c)
                .isEmpty();
    }

    /** Hibernate, named as Spring Boot names, starts with the generated entities and validates every one. */
    private static void startsInSpringBoot(Corpus.Case c, String url, Path classes) {
        String user = c.dialect().equals("mysql") ? "root" : null;
        String dialect = c.dialect().equals("sqlite") ? "org.hibernate.community.dialect.SQLiteDialect" : null;
        int entities;
        try {
            entities = HibernateValidation.validateAll(classes, "app.model", url, user, dialect, "spring");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(entities).as("%s: entities Hibernate mapped", c).isPositive();
    }
}
