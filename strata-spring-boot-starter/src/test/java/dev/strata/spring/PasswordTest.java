package dev.strata.spring;

import dev.strata.spring.test.StrataAssertions;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MariaDB user with a password, given as spring.datasource.username/password: the application migrates and starts,
 * the test helper makes its scratch database with the pool's credentials, and the password is never printed.
 */
@ExtendWith(OutputCaptureExtension.class)
class PasswordTest {
    private static final String PASSWORD = "Pw-" + Long.toHexString(System.nanoTime()) + "-secret";

    @TempDir
    Path tmp;

    @Test
    void aPasswordUserMigratesStartsAndIsNeverPrinted(CapturedOutput output) throws Exception {
        MariaDbServer server = MariaDbServer.get();
        String user = Names.unique("pw");
        try (MariaDbDatabase db = server.create("starter_pw")) {
            admin(server, List.of("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + PASSWORD + "'",
                    "CREATE USER '" + user + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "'",
                    "GRANT ALL PRIVILEGES ON *.* TO '" + user + "'@'%'",
                    "GRANT ALL PRIVILEGES ON *.* TO '" + user + "'@'localhost'"));
            try {
                String url = "jdbc:mariadb://" + server.host() + ":" + server.port() + "/" + db.name();
                SampleDatabase sample = new SampleDatabase("mysql", url, () -> { });
                Map<String, Object> credentials = Map.of("spring.datasource.username", user,
                        "spring.datasource.password", PASSWORD);
                try (ConfigurableApplicationContext app = SampleApplicationTest.start(sample, credentials)) {
                    StrataAssertions.assertModelsMatch(app.getBean(DataSource.class),
                            SampleApplicationTest.project(tmp, SampleProject.ENTITIES));
                }
            } finally {
                admin(server, List.of("DROP USER IF EXISTS '" + user + "'@'%'",
                        "DROP USER IF EXISTS '" + user + "'@'localhost'"));
            }
        }
        assertThat(output.getAll()).contains("strata: database at " + SampleApplicationTest.SEED)
                .doesNotContain(PASSWORD);
    }

    private static void admin(MariaDbServer server, List<String> statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url("")); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
