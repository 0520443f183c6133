package dev.strata.cli;

import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Inspection;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.Ci;
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
 * {@code strata check} against the same database finds no difference.
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
        if (!Corpus.present() && !Ci.active()) {
            return Stream.empty();
        }
        return Corpus.schemas(dialect).stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> rebuildCompileCheck(c)));
    }

    private void rebuildCompileCheck(Corpus.Case c) throws Exception {
        Path work = Files.createDirectories(dir.resolve(c.dialect() + "-" + c.name()));
        switch (c.dialect()) {
            case "postgresql":
                try (PostgresDatabase db = PostgresServer.get().create("models_corpus")) {
                    db.load(c.files().toArray(Path[]::new));
                    rebuildCompileCheck(c, work, db.url());
                }
                break;
            case "mysql":
                try (MariaDbDatabase db = MariaDbServer.get().create("models_corpus")) {
                    db.load(c.files().toArray(Path[]::new));
                    rebuildCompileCheck(c, work, db.url());
                }
                break;
            default:
                Path file = SqliteFiles.fresh(work, c.name());
                SqliteFiles.load(file, c.files().toArray(Path[]::new));
                rebuildCompileCheck(c, work, SqliteFiles.url(file));
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

    private static void rebuildCompileCheck(Corpus.Case c, Path work, String url) {
        Project project = new Project(work.resolve("project"), url);
        ModelFiles.namesAsWritten(project);   // as the JPA module's corpus round trip: every corpus name as it is
        Project.Result rebuild = project.run("rebuild-from-database", "--quiet");
        assertThat(rebuild.exit()).as("%s rebuild-from-database: %s", c, rebuild.all()).isZero();
        assertThat(project.dir.resolve("src/main/java/app/model")).as("%s: entities", c).isDirectory();
        assertEveryViewAndKeylessTableReported(c, url, rebuild.out());
        assertThat(ModelFiles.compile(project.dir.resolve("src/main/java"), work.resolve("classes")))
                .as("%s: javac on the entities and DTOs", c).isEmpty();
        Project.Result check = project.run("check", "--quiet");
        assertThat(check.exit()).as("%s: strata check after rebuild-from-database:%n%s", c, check.all()).isZero();
    }
}
