package dev.strata.model;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server a plan is made for, where it changes which online statements exist: PostgreSQL skips the scan of SET
 * NOT NULL behind a validated check from 12 on; MariaDB and MySQL differ in syntax (SET STATEMENT) and in which
 * changes are INSTANT from which release. {@link #NEWEST} stands for a server of the current releases: plans made
 * without a database (two schema files, a Java model) assume it.
 *
 * @param product "PostgreSQL", "MariaDB", "MySQL", "SQLite", "H2" or another product name the driver reports
 */
public record ServerVersion(String product, int major, int minor, int patch) {
    public static final ServerVersion NEWEST = new ServerVersion("", Integer.MAX_VALUE, 0, 0);
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** The server behind a connection's metadata; MariaDB is told from MySQL by its version string. */
    public static ServerVersion of(DatabaseMetaData meta) throws SQLException {
        String version = meta.getDatabaseProductVersion();
        String product = version.contains("MariaDB") ? "MariaDB" : meta.getDatabaseProductName();
        // "5.5.5-10.11.6-MariaDB": old MySQL clients are shown 5.5.5 before MariaDB's own version.
        Matcher m = VERSION.matcher(version.startsWith("5.5.5-") ? version.substring(6) : version);
        if (!m.find()) {
            return new ServerVersion(product, meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion(), 0);
        }
        return new ServerVersion(product, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public boolean isMariaDb() {
        return product.equals("MariaDB");
    }

    /** True for a MySQL server (not MariaDB); false when the product is not known. */
    public boolean isMySql() {
        return product.equals("MySQL");
    }

    public boolean atLeast(int major, int minor, int patch) {
        if (this.major != major) {
            return this.major > major;
        }
        if (this.minor != minor) {
            return this.minor > minor;
        }
        return this.patch >= patch;
    }

    @Override
    public String toString() {
        return this == NEWEST ? "the newest release" : product + " " + major + "." + minor + "." + patch;
    }
}
