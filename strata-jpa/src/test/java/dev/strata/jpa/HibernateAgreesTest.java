package dev.strata.jpa;

import dev.strata.jpa.testkit.HibernateValidation;
import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.model.SchemaModel;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Entities generated from a model compile and Hibernate validates them (hbm2ddl.auto=validate) against a real
 * database holding that schema: PostgreSQL, MariaDB, and SQLite through Hibernate's community dialect.
 */
class HibernateAgreesTest {
    private static final String PACKAGE = "com.acme.shop";

    @TempDir
    Path dir;

    @Test
    void postgres() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("jpa_validate")) {
            db.load(ddl("postgres-rich.sql"));
            generateAndValidate(RichModels.postgres(), db.url(), null, null);
        }
    }

    @Test
    void mariadb() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("jpa_validate")) {
            db.load(ddl("mysql-rich.sql"));
            generateAndValidate(RichModels.mysql(), db.url(), "root", null);
        }
    }

    @Test
    void sqlite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("rich.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : java.nio.file.Files.readString(ddl("sqlite-rich.sql")).split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        generateAndValidate(RichModels.sqlite(), url, null, "org.hibernate.community.dialect.SQLiteDialect");
    }

    /** The check has teeth: the same entities against an empty database are refused. */
    @Test
    void validationRefusesADatabaseWithoutTheTables() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("empty.db");
        DriverManager.getConnection(url).close();
        assertThatThrownBy(() -> generateAndValidate(RichModels.sqlite(), url, null,
                "org.hibernate.community.dialect.SQLiteDialect"))
                .hasMessageContaining("missing table");
    }

    private void generateAndValidate(SchemaModel model, String url, String user, String dialect) throws Exception {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Entities.generate(model, src, GeneratorOptions.of(PACKAGE).withDefaultSchema(model.schemas().get(0).name()));
        assertThat(Compiler.compile(src, classes)).isEmpty();
        HibernateValidation.validate(classes, PACKAGE, url, user, dialect);
    }

    static Path ddl(String name) {
        return Path.of("src", "test", "resources", "ddl", name);
    }
}
