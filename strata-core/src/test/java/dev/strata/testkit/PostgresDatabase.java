package dev.strata.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fresh database on the test PostgreSQL server, dropped on close. */
public final class PostgresDatabase implements AutoCloseable {
    private final PostgresServer server;
    private final String name;

    PostgresDatabase(PostgresServer server, String name) {
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

    /** Runs SQL text through psql, stopping at the first error. */
    public void psql(String sql) {
        try {
            Path f = java.nio.file.Files.createTempFile("strata-psql", ".sql");
            try {
                java.nio.file.Files.writeString(f, sql);
                load(f);
            } finally {
                java.nio.file.Files.deleteIfExists(f);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Loads SQL files with psql -v ON_ERROR_STOP=1, as a user would. */
    public void load(Path... files) {
        for (Path f : files) {
            Processes.run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.host(), "-p",
                    String.valueOf(server.port()), "-U", "postgres", "-d", name, "-f", f.toString()), null, env());
        }
    }

    /** pg_dump --schema-only, with comment, SET and \restrict lines dropped (pg_dump 17.6+ adds a random key). */
    public String pgDumpSchema(String... extraArgs) {
        List<String> cmd = new ArrayList<>(List.of("pg_dump", "--schema-only", "-h", server.host(), "-p",
                String.valueOf(server.port()), "-U", "postgres", "-d", name));
        cmd.addAll(List.of(extraArgs));
        String out = Processes.run(cmd, null, env()).stdout();
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("--") || line.startsWith("SET ") || line.startsWith("\\restrict")
                    || line.startsWith("\\unrestrict") || line.startsWith("SELECT pg_catalog.set_config")) {
                continue;
            }
            sb.append(line).append('\n');
        }
        return sb.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static Map<String, String> env() {
        return Map.of("PGOPTIONS", "-c client_min_messages=warning");
    }

    @Override
    public void close() {
        server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
