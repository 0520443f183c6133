package dev.strata.dialect.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Runs catalog queries over one connection: binds the included schema names as a {@code text[]} parameter and
 * replaces version-dependent {@code {placeholders}} with the expression the server understands.
 */
final class PgCatalog {
    /** A row handler that may throw SQLException. */
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final int version;
    private final Array schemas;

    PgCatalog(Connection connection, List<String> schemaNames) throws SQLException {
        this.connection = connection;
        this.version = connection.getMetaData().getDatabaseMajorVersion();
        this.schemas = connection.createArrayOf("text", schemaNames.toArray());
    }

    int version() {
        return version;
    }

    /** Runs a query whose every {@code ?} is the schema-name array, calling the handler for each row. */
    void each(String sql, RowHandler handler) throws SQLException {
        try (Fetched rows = fetch(sql)) {
            rows.each(handler);
        }
    }

    /**
     * Runs a query as {@link #each} does and keeps its rows for another thread to read: the driver has them all in
     * memory once the query returns, so reading them does not use the connection.
     */
    Fetched fetch(String sql) throws SQLException {
        String text = adapt(sql);
        PreparedStatement ps = connection.prepareStatement(text);
        try {
            int params = (int) text.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= params; i++) {
                ps.setArray(i, schemas);
            }
            return new Fetched(ps, ps.executeQuery());
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /** The rows of one catalog query, read once. */
    record Fetched(PreparedStatement statement, ResultSet rows) implements AutoCloseable {
        void each(RowHandler handler) throws SQLException {
            while (rows.next()) {
                handler.row(rows);
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    /** Expressions for catalog columns that older servers lack (PostgreSQL 10 is the oldest supported). */
    private String adapt(String sql) {
        Map<String, String> columns = Map.of(
                "{prokind}", version >= 11 ? "p.prokind"
                        : "CASE WHEN p.proisagg THEN 'a' WHEN p.proiswindow THEN 'w' ELSE 'f' END",
                "{conparentid}", version >= 11 ? "co.conparentid" : "0::oid",
                "{indnkeyatts}", version >= 11 ? "i.indnkeyatts" : "i.indnatts",
                "{attgenerated}", version >= 12 ? "a.attgenerated" : "''::text",
                "{attcompression}", version >= 14 ? "a.attcompression" : "''::text",
                "{nullsnotdistinct}", version >= 15 ? "ix.indnullsnotdistinct" : "false",
                "{aggfinalmodify}", version >= 11 ? "a.aggfinalmodify" : "'r'::\"char\"",
                "{tgparentid}", version >= 13 ? "t.tgparentid" : "0::oid");
        String out = sql;
        for (Map.Entry<String, String> e : columns.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    static String[] strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? null : (String[]) a.getArray();
    }

    static String[] stringsOrEmpty(ResultSet rs, String column) throws SQLException {
        String[] s = strings(rs, column);
        return s == null ? new String[0] : s;
    }

    static short[] shorts(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return new short[0];
        }
        Object[] values = (Object[]) a.getArray();
        short[] out = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).shortValue();
        }
        return out;
    }

    /** Null for SQL NULL and for the empty string PostgreSQL reports for an unset "char". */
    static String text(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null || s.isEmpty() || s.equals("\u0000") ? null : s;
    }
}
