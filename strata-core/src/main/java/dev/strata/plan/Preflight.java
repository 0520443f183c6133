package dev.strata.plan;

import dev.strata.diff.AddColumn;
import dev.strata.diff.Change;
import dev.strata.diff.ModifyColumn;
import dev.strata.diff.RenameColumn;
import dev.strata.diff.RenameTable;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.model.Column;
import dev.strata.model.QualifiedName;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a plan against the live database it will run on, before it runs: a column made NOT NULL while it holds
 * NULLs is reported with the count and a backfill, instead of failing half-way. Works on any dialect (one
 * {@code count(*)} per such column, quoted with the driver's identifier quote).
 */
public final class Preflight {
    private Preflight() {
    }

    /** The NOT NULL changes of the plan that rows of {@code connection}'s database would make fail. */
    public static List<NullBlocker> nullBlockers(Connection connection, Plan plan) {
        Map<QualifiedName, QualifiedName> tableBefore = new HashMap<>();
        Map<String, String> columnBefore = new HashMap<>();
        for (Change c : plan.changes()) {
            if (c instanceof RenameTable r) {
                tableBefore.put(r.to(), r.from());
            } else if (c instanceof RenameColumn r) {
                columnBefore.put(r.table() + "\u0000" + r.to(), r.from());
            }
        }
        List<NullBlocker> blockers = new ArrayList<>();
        try {
            String quote = connection.getMetaData().getIdentifierQuoteString().strip();
            for (Change c : plan.changes()) {
                NullBlocker b = check(connection, quote, c, tableBefore, columnBefore);
                if (b != null) {
                    blockers.add(b);
                }
            }
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "cannot count NULLs before the plan runs ("
                    + e.getMessage() + "): check that the --from database is reachable and readable", e);
        }
        return blockers;
    }

    private static NullBlocker check(Connection connection, String quote, Change c,
                                     Map<QualifiedName, QualifiedName> tableBefore, Map<String, String> columnBefore)
            throws SQLException {
        if (c instanceof ModifyColumn m && m.from().nullable() && !m.to().nullable()) {
            QualifiedName table = tableBefore.getOrDefault(m.table(), m.table());
            String column = columnBefore.getOrDefault(m.table() + "\u0000" + m.from().name(), m.from().name());
            String where = " WHERE " + quote(quote, column) + " IS NULL";
            long nulls = count(connection, "SELECT count(*) FROM " + quote(quote, table) + where);
            String backfill = m.to().defaultValue() == null ? null : "UPDATE " + quote(quote, table) + " SET "
                    + quote(quote, column) + " = " + m.to().defaultValue() + where;
            return nulls == 0 ? null : new NullBlocker(table, column, nulls, backfill);
        }
        if (c instanceof AddColumn a && needsValue(a.column())) {
            QualifiedName table = tableBefore.getOrDefault(a.table(), a.table());
            long rows = count(connection, "SELECT count(*) FROM " + quote(quote, table));
            return rows == 0 ? null : new NullBlocker(table, a.column().name(), rows, null);
        }
        return null;
    }

    /** An added NOT NULL column that nothing fills: no default, identity or generation expression. */
    private static boolean needsValue(Column c) {
        return !c.nullable() && c.defaultValue() == null && c.identity() == null && c.generated() == null;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String q, String name) {
        return q + name.replace(q, q + q) + q;
    }

    private static String quote(String q, QualifiedName name) {
        return name.schema() == null ? quote(q, name.name()) : quote(q, name.schema()) + "." + quote(q, name.name());
    }
}
