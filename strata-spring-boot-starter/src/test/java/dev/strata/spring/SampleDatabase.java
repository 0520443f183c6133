package dev.strata.spring;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh, empty database of one dialect on the test servers, with the Spring properties that point the sample
 * application at it; dropped on close.
 */
record SampleDatabase(String dialect, String url, AutoCloseable drop) implements AutoCloseable {
    static SampleDatabase create(String dialect, Path tempDir) {
        switch (dialect) {
            case "postgresql" -> {
                PostgresDatabase db = PostgresServer.get().create("starter");
                return new SampleDatabase(dialect, db.url(), db);
            }
            case "mysql" -> {
                MariaDbDatabase db = MariaDbServer.get().create("starter");
                return new SampleDatabase(dialect, db.url(), db);
            }
            case "sqlite" -> {
                return new SampleDatabase(dialect, "jdbc:sqlite:" + SqliteFiles.fresh(tempDir, "starter"), () -> { });
            }
            default -> throw new IllegalArgumentException(dialect);
        }
    }

    /** The application's properties for this database: a URL as users write it, Hibernate validating the schema. */
    Map<String, Object> springProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", url);
        p.put("spring.jpa.hibernate.ddl-auto", "validate");
        p.put("spring.jpa.open-in-view", "false");
        if (dialect.equals("sqlite")) {
            p.put("spring.jpa.database-platform", "org.hibernate.community.dialect.SQLiteDialect");
        }
        return p;
    }

    /** The same as command-line arguments of the application. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        springProperties().forEach((k, v) -> args.add("--" + k + "=" + v));
        return args;
    }

    /** The revisions strata's history table records, in the order they were applied. */
    List<String> history() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM strata_history ORDER BY applied_at, revision")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    @Override
    public void close() throws Exception {
        drop.close();
    }
}
