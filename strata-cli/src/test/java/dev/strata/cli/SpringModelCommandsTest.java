package dev.strata.cli;

import dev.strata.jpa.testkit.HibernateValidation;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-written model in the style of a Spring Boot application (relationships, enums, an embeddable, a mapped
 * superclass, inheritance, a join table) against an empty database: {@code revision --autogenerate},
 * {@code upgrade head}, then {@code check} is clean and a second autogenerate writes nothing.
 */
class SpringModelCommandsTest {
    /** The JPA module's hand-written Spring-style model: one fixture for both modules' tests. */
    private static final Path MODEL = Path.of("..", "strata-jpa", "src", "test", "resources", "spring-shop");

    @TempDir
    Path dir;

    @Test
    void sqlite() throws IOException {
        Path file = SqliteFiles.fresh(dir, "shop");
        autogenerateUpgradeCheck(SqliteFiles.url(file));
    }

    @Test
    void postgresql() throws IOException {
        try (PostgresDatabase db = PostgresServer.get().create("models_spring")) {
            autogenerateUpgradeCheck(db.url());
            HibernateValidation.validate(compiled(), "com.example.shop", db.url(), null, null, "spring");
        }
    }

    @Test
    void mariadb() throws IOException {
        try (MariaDbDatabase db = MariaDbServer.get().create("models_spring")) {
            autogenerateUpgradeCheck(db.url());
            HibernateValidation.validate(compiled(), "com.example.shop", db.url(), "root", null, "spring");
        }
    }

    private void autogenerateUpgradeCheck(String url) throws IOException {
        Project project = new Project(dir.resolve("project"), url);
        ModelFiles.modelsPackage(project, "com.example.shop");
        copyModel(project.dir.resolve("src/main/java"));

        Project.Result revision = project.ok("revision", "--autogenerate", "-m", "create the shop", "--quiet");
        Path file = Path.of(revision.out().strip().lines().reduce((a, b) -> b).orElseThrow());
        String sql = Project.read(file);
        assertThat(sql).contains("-- message: create the shop").contains("purchase_orders").contains("order_tags")
                .contains("CREATE TABLE").contains("-- +downgrade").contains("DROP TABLE").doesNotContain("CREATE SCHEMA");
        assertThat(sql.substring(sql.indexOf("-- +downgrade"))).contains("-- DESTRUCTIVE:");

        project.ok("upgrade", "head", "--quiet");
        Project.Result check = project.run("check", "--quiet");
        assertThat(check.exit()).as("check after upgrade head:%n%s", check.all()).isZero();
        assertThat(check.out()).contains("ok: the database matches the models");

        Project.Result again = project.ok("revision", "--autogenerate", "-m", "nothing", "--quiet");
        assertThat(again.out()).contains("no changes");
        try (Stream<Path> files = Files.list(project.dir.resolve("migrations"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    /** The model compiled with javac; SQLite is left out of Hibernate's check (see SpringModelLoopTest). */
    private Path compiled() {
        Path classes = dir.resolve("classes");
        assertThat(ModelFiles.compile(dir.resolve("project/src/main/java"), classes)).isEmpty();
        return classes;
    }

    private static void copyModel(Path sourceRoot) throws IOException {
        try (Stream<Path> walk = Files.walk(MODEL)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = sourceRoot.resolve(MODEL.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
