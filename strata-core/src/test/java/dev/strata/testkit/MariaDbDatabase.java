package dev.strata.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fresh database on the test MariaDB server, dropped on close. */
public final class MariaDbDatabase implements AutoCloseable {
    private final MariaDbServer server;
    private final String name;

    MariaDbDatabase(MariaDbServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String url() {
        return server.url(name);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    private List<String> client(String tool) {
        return new ArrayList<>(List.of(tool, "--protocol=TCP", "-h", server.host(), "-P",
                String.valueOf(server.port()), "-u", "root"));
    }

    /** Loads SQL files with the mariadb client, as a user would (DELIMITER blocks work). */
    public void load(Path... files) {
        for (Path f : files) {
            List<String> cmd = client("mariadb");
            cmd.add(name);
            Processes.run(cmd, f, Map.of());
        }
    }

    public void sql(String sql) {
        try {
            Path f = Files.createTempFile("strata-mariadb", ".sql");
            try {
                Files.writeString(f, sql);
                load(f);
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * mariadb-dump --no-data --routines --triggers, with comment lines and AUTO_INCREMENT counters dropped and the
     * database name replaced by a placeholder, so that two databases with the same schema give the same text.
     */
    public String mariadbDumpSchema(String... extraArgs) {
        List<String> cmd = client("mariadb-dump");
        cmd.addAll(List.of("--no-data", "--routines", "--triggers", "--skip-dump-date"));
        cmd.addAll(List.of(extraArgs));
        cmd.add(name);
        String out = Processes.run(cmd, null, Map.of()).stdout();
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("-- ")) {
                continue;
            }
            sb.append(line.replaceAll(" AUTO_INCREMENT=\\d+", "").replace("`" + name + "`", "`DB`"))
                    .append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        server.admin("DROP DATABASE IF EXISTS " + name);
    }
}
