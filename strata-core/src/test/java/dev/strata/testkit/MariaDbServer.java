package dev.strata.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB server tests run against: 127.0.0.1:3306, user root with an empty password. In CI a missing server
 * fails the test; elsewhere the test stops with a message that says how to start one.
 */
public final class MariaDbServer {
    private static MariaDbServer instance;
    private final String host;
    private final int port;

    private MariaDbServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static synchronized MariaDbServer get() {
        if (instance == null) {
            String host = PostgresServer.env("STRATA_TEST_MARIADB_HOST", "127.0.0.1");
            int port = Integer.parseInt(PostgresServer.env("STRATA_TEST_MARIADB_PORT", "3306"));
            if (!PostgresServer.reachable(host, port)) {
                String how = "MariaDB is not running on " + host + ":" + port
                        + ". Start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";
                if (Ci.active()) {
                    throw new AssertionError(how);
                }
                org.junit.jupiter.api.Assumptions.abort(how + " (outside CI this test cannot run without it)");
            }
            instance = new MariaDbServer(host, port);
        }
        return instance;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database + "?user=root";
    }

    public MariaDbDatabase create(String tag) {
        String name = Names.unique(tag);
        admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        return new MariaDbDatabase(this, name);
    }

    void admin(String sql) {
        try (Connection c = DriverManager.getConnection(url("")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("MariaDB admin statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
