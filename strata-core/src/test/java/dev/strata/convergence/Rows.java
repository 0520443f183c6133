package dev.strata.convergence;

import dev.strata.model.Column;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes sample rows into a table and reads them back, so that a case can check that every value survived. */
final class Rows {
    static final int COUNT = 5;

    private Rows() {
    }

    /** Inserts {@link #COUNT} rows, filling every column it can. */
    static void seed(String url, SchemaModel model, QualifiedName table) throws SQLException {
        Table t = model.table(table).orElseThrow();
        // Nullable foreign key columns stay NULL: their values would have to exist in another table.
        java.util.Set<String> fkColumns = new java.util.HashSet<>();
        t.foreignKeys().forEach(fk -> fkColumns.addAll(fk.columns()));
        List<Column> columns = t.columns().stream().filter(c -> !RowValues.skipped(c)
                && RowValues.literal(c, 1).isPresent() && !(c.nullable() && fkColumns.contains(c.name()))).toList();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (int i = 1; i <= COUNT; i++) {
                int row = i;
                String names = columns.stream().map(col -> quote(model, col.name())).collect(Collectors.joining(", "));
                String values = columns.stream().map(col -> RowValues.literal(col, row).orElseThrow())
                        .collect(Collectors.joining(", "));
                String rowSql = names.isEmpty() && !model.dialect().equals("mysql") ? " DEFAULT VALUES"
                        : " (" + names + ") VALUES (" + values + ")";   // PostgreSQL has no "() VALUES ()"
                s.executeUpdate("INSERT INTO " + quote(model, table) + rowSql);
            }
        }
    }

    /** Values of the given columns, rows ordered by primary key, each value as the driver's string. */
    static List<Map<String, String>> read(String url, SchemaModel model, QualifiedName table, List<String> columns)
            throws SQLException {
        Table t = model.table(table).orElseThrow();
        String order = t.primaryKey().columns().stream().map(x -> quote(model, x)).collect(Collectors.joining(", "));
        String select = columns.stream().map(x -> quote(model, x)).collect(Collectors.joining(", "));
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + quote(model, table) + " ORDER BY " + order)) {
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i), rs.getString(i + 1));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String quote(SchemaModel model, QualifiedName name) {
        return model.dialect().equals("sqlite") ? quote(model, name.name())
                : quote(model, name.schema()) + "." + quote(model, name.name());
    }

    static String quote(SchemaModel model, String identifier) {
        return model.dialect().equals("mysql") ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

}
