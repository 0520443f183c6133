package dev.strata.cli;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbMigrationScenarioTest extends MigrationScenarios {
    @Override
    TestDatabase newDatabase(String tag) {
        MariaDbDatabase db = MariaDbServer.get().create(tag);
        return new TestDatabase() {
            @Override
            public String url() {
                return db.url();
            }

            @Override
            public String schema() {
                return db.mariadbDumpSchema();
            }

            @Override
            public void runScript(Path script) {
                db.load(script);
            }

            @Override
            public Connection connect() throws SQLException {
                return db.connect();
            }

            @Override
            public AutoCloseable holdLock() throws SQLException {
                Connection c = db.connect();
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT GET_LOCK('strata_migrate." + db.name() + "', 0)");
                }
                return c::close;
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }

    @Override
    List<String[]> specialRevisions() {
        String up = """
                DELIMITER //
                CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 'a;b'; END//
                DELIMITER ;
                CREATE TRIGGER a_bi BEFORE INSERT ON a FOR EACH ROW SET NEW.note = 'x;y';""";
        return List.<String[]>of(new String[] {up, "DROP TRIGGER a_bi;\nDROP PROCEDURE p;"});
    }

    /** Issue 9 item 5: strata's tables in another database of the server do not make this one look initialized. */
    @org.junit.jupiter.api.Test
    void currentAndValidateOnAFreshDatabaseBesideAMigratedOne() {
        try (TestDatabase migrated = newDatabase("mig_other"); TestDatabase fresh = newDatabase("mig_fresh")) {
            Project other = new Project(tmp.resolve("other"), migrated.url());
            other.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");
            other.ok("upgrade", "head");
            assertThat(migrated.versionTable()).hasSize(1);

            Project p = new Project(tmp.resolve("project"), fresh.url());
            Project.write(p.dir.resolve("migrations").resolve(other.fileOf("").getFileName()),
                    Project.read(other.fileOf("")));
            Project.Result current = p.run("current");
            assertThat(current.exit()).as(current.all()).isZero();
            assertThat(current.out()).contains("<base>").contains("1 revision(s) pending");
            Project.Result validate = p.run("validate");
            assertThat(validate.exit()).as(validate.all()).isZero();
            assertThat(validate.out()).contains("ok: every applied revision matches its file");
            p.ok("upgrade", "head");
            assertThat(fresh.versionTable()).isEqualTo(migrated.versionTable());
        }
    }

    /** DDL commits implicitly here: the first table stays, and `current` says so plainly. */
    @Override
    void afterFailedStatement(TestDatabase db, Project p, String revision) {
        assertThat(db.tableExists("b")).isTrue();
        assertThat(p.ok("current").out()).contains("revision " + revision + " is partly applied")
                .contains("after 1 statement(s)").contains("nowhere");
    }

    @Override
    String lockHolder() {
        return "connection ";
    }
}
