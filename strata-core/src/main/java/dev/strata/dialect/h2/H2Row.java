package dev.strata.dialect.h2;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** One row of an INFORMATION_SCHEMA query, by column label, values as H2 renders them as text. */
record H2Row(Map<String, String> values) {
    static H2Row of(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            values.put(md.getColumnLabel(i), rs.getString(i));
        }
        return new H2Row(values);
    }

    String str(String column) {
        return values.get(column);
    }

    Integer integer(String column) {
        String v = values.get(column);
        return v == null ? null : Integer.valueOf(v);
    }

    Long number(String column) {
        String v = values.get(column);
        return v == null ? null : Long.valueOf(v);
    }

    /** INFORMATION_SCHEMA spells truth as YES or TRUE. */
    boolean flag(String column) {
        String v = values.get(column);
        return v != null && (v.equalsIgnoreCase("YES") || v.equalsIgnoreCase("TRUE"));
    }
}
