package dev.strata.plan;

import dev.strata.diff.AddColumn;
import dev.strata.diff.Change;
import dev.strata.diff.ColumnChange;
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
import java.util.Optional;

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
        Map<QualifiedName, QualifiedName> tableBefore = tablesBefore(plan);
        List<NullBlocker> blockers = new ArrayList<>();
        try {
            for (NotNullChange c : notNullChanges(plan)) {
                nullBlocker(connection, c, null).ifPresent(blockers::add);
            }
            for (Change c : plan.changes()) {
                if (c instanceof AddColumn a && needsValue(a.column())) {
                    QualifiedName table = tableBefore.getOrDefault(a.table(), a.table());
                    long rows = count(connection, "SELECT count(*) FROM " + quote(quote(connection), table));
                    if (rows > 0) {
                        blockers.add(new NullBlocker(table, a.column().name(), rows, null));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "cannot count NULLs before the plan runs ("
                    + e.getMessage() + "): check that the --from database is reachable and readable", e);
        }
        return blockers;
    }

    /** The columns the plan makes NOT NULL, in plan order, named as before the plan's renames. */
    public static List<NotNullChange> notNullChanges(Plan plan) {
        Map<QualifiedName, QualifiedName> tableBefore = tablesBefore(plan);
        Map<String, String> columnBefore = new HashMap<>();
        for (Change c : plan.changes()) {
            if (c instanceof RenameColumn r) {
                columnBefore.put(r.table() + "\u0000" + r.to(), r.from());
            }
        }
        List<NotNullChange> changes = new ArrayList<>();
        for (Change c : plan.changes()) {
            if (c instanceof ModifyColumn m && m.changes(ColumnChange.NULLABILITY) && !m.to().nullable()) {
                changes.add(new NotNullChange(tableBefore.getOrDefault(m.table(), m.table()),
                        columnBefore.getOrDefault(m.table() + "\u0000" + m.from().name(), m.from().name()),
                        m.to().defaultValue()));
            }
        }
        return changes;
    }

    /**
     * Counts the NULLs that would make {@code change} fail; empty when there are none. The backfill sets the target's
     * default, else {@code placeholder} (the backfill is null when both are).
     */
    public static Optional<NullBlocker> nullBlocker(Connection connection, NotNullChange change, String placeholder)
            throws SQLException {
        String q = quote(connection);
        String table = quote(q, change.table());
        String where = " WHERE " + quote(q, change.column()) + " IS NULL";
        long nulls = count(connection, "SELECT count(*) FROM " + table + where);
        String value = change.defaultValue() != null ? change.defaultValue() : placeholder;
        String backfill = value == null ? null : "UPDATE " + table + " SET " + quote(q, change.column()) + " = "
                + value + where;
        return nulls == 0 ? Optional.empty() : Optional.of(new NullBlocker(change.table(), change.column(), nulls,
                backfill));
    }

    private static Map<QualifiedName, QualifiedName> tablesBefore(Plan plan) {
        Map<QualifiedName, QualifiedName> tableBefore = new HashMap<>();
        for (Change c : plan.changes()) {
            if (c instanceof RenameTable r) {
                tableBefore.put(r.to(), r.from());
            }
        }
        return tableBefore;
    }

    private static String quote(Connection connection) throws SQLException {
        return connection.getMetaData().getIdentifierQuoteString().strip();
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
