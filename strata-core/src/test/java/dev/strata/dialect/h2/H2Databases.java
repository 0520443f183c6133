package dev.strata.dialect.h2;

import dev.strata.dialect.Dialects;
import dev.strata.testkit.Names;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** File-based H2 databases for tests: created on demand, loaded with RUNSCRIPT, described by SCRIPT NODATA. */
final class H2Databases {
    private H2Databases() {
    }

    static String freshUrl(Path dir, String tag) {
        return "jdbc:h2:file:" + dir.resolve(Names.unique(tag)).toAbsolutePath();
    }

    /** Runs a script in one pass; the first failing statement fails the load. */
    static void load(String url, Path script) throws SQLException {
        try (Connection c = Dialects.forUrl(url).connect(url, true); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /**
     * H2's own SCRIPT NODATA, one statement per entry, without what legitimately differs between two databases
     * holding the same schema: the header and row-count comments, the user who created it, and the statement
     * order (it follows creation order).
     */
    static List<String> script(String url) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = Dialects.forUrl(url).connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!line.startsWith("-- ") && !line.startsWith("CREATE USER ")) {
                    out.add(line);
                }
            }
        }
        out.sort(null);
        return out;
    }
}
