package dev.strata.dialect.sqlite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of SQLite's catalog queries, grouped by the table or view they belong to (in query order). */
final class SqliteCatalogRows {
    /** A row of sqlite_schema. */
    record SchemaObject(String type, String name, String tableName, String sql) {
    }

    /** A row of pragma_table_list: "table", "view", "virtual" or "shadow", WITHOUT ROWID and STRICT. */
    record TableListEntry(String name, String type, boolean withoutRowid, boolean strict) {
    }

    /** A row of pragma_table_xinfo; {@code hidden} 2 = virtual generated, 3 = stored generated. */
    record ColumnRow(int cid, String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {
    }

    /** A row of pragma_foreign_key_list. */
    record ForeignKeyRow(int id, int seq, String parent, String from, String to, String onUpdate, String onDelete) {
    }

    /** A row of pragma_index_list with the index's stored CREATE statement (null for automatic indexes). */
    record IndexRow(String name, boolean unique, String origin, boolean partial, String sql) {
    }

    /** A row of pragma_index_xinfo; {@code cid} -2 is an expression, -1 the rowid. */
    record IndexColumnRow(int seqno, int cid, String name, boolean desc, String collation, boolean key) {
    }

    final List<SchemaObject> objects = new ArrayList<>();
    final Map<String, TableListEntry> tableList = new LinkedHashMap<>();
    final Map<String, List<ColumnRow>> columns = new LinkedHashMap<>();
    final Map<String, List<ForeignKeyRow>> foreignKeys = new LinkedHashMap<>();
    final Map<String, List<IndexRow>> indexes = new LinkedHashMap<>();
    final Map<String, List<IndexColumnRow>> indexColumns = new LinkedHashMap<>();

    static <T> void add(Map<String, List<T>> map, String key, T row) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }

    static <T> List<T> of(Map<String, List<T>> map, String key) {
        return map.getOrDefault(key, List.of());
    }
}
