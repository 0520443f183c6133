package dev.strata.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server tests run against: the machine's server on 127.0.0.1:5432 (user postgres, trust auth),
 * or, where there is none and the suite is not in CI, an embedded PostgreSQL from Maven Central (zonky). In CI a
 * missing server fails the test.
 */
public final class PostgresServer {
    private static PostgresServer instance;
    private final String host;
    private final int port;

    private PostgresServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = locate();
        }
        return instance;
    }

    private static PostgresServer locate() {
        String host = env("STRATA_TEST_PG_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("STRATA_TEST_PG_PORT", "5432"));
        if (reachable(host, port)) {
            return new PostgresServer(host, port);
        }
        if (Ci.active()) {
            throw new AssertionError("PostgreSQL is not running on " + host + ":" + port + ". Start it with: "
                    + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
        }
        return EmbeddedPostgresHolder.start();
    }

    static PostgresServer at(String host, int port) {
        return new PostgresServer(host, port);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=postgres";
    }

    /** Creates a fresh, empty database; closing the handle drops it. */
    public PostgresDatabase create(String tag) {
        String name = Names.unique(tag);
        admin("CREATE DATABASE " + name + " TEMPLATE template0");
        return new PostgresDatabase(this, name);
    }

    void admin(String sql) {
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL admin statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
