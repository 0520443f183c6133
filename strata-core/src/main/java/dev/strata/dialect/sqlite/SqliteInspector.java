package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.SqliteCatalogRows.ColumnRow;
import dev.strata.dialect.sqlite.SqliteCatalogRows.ForeignKeyRow;
import dev.strata.dialect.sqlite.SqliteCatalogRows.IndexColumnRow;
import dev.strata.dialect.sqlite.SqliteCatalogRows.IndexRow;
import dev.strata.dialect.sqlite.SqliteCatalogRows.SchemaObject;
import dev.strata.dialect.sqlite.SqliteCatalogRows.TableListEntry;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Introspector;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Reads schema "main" of a SQLite database with six queries, whatever the number of tables: sqlite_schema joined
 * with the pragma table-valued functions (https://www.sqlite.org/pragma.html#pragfunc). What no pragma reports
 * (CHECK clauses, collations, generated expressions, DEFERRABLE) is read from the stored CREATE statements.
 */
public final class SqliteInspector implements Introspector {
    static final String SCHEMA = "main";

    /** A step of reading: one query and what to do with each row. */
    private interface RowReader {
        void read(ResultSet rs, SqliteCatalogRows rows) throws SQLException;
    }

    @Override
    public SchemaModel inspect(Connection connection, InspectOptions options, Progress progress) throws SQLException {
        if (!options.includesSchema(SCHEMA)) {
            return new SchemaModel("sqlite", List.of(), List.of(), List.of());
        }
        SqliteCatalogRows rows = new SqliteCatalogRows();
        run(connection, rows, progress, "reading objects", OBJECTS, SqliteInspector::readObject);
        run(connection, rows, progress, "reading table list", TABLE_LIST, SqliteInspector::readTableListEntry);
        run(connection, rows, progress, "reading columns", COLUMNS, SqliteInspector::readColumn);
        run(connection, rows, progress, "reading foreign keys", FOREIGN_KEYS, SqliteInspector::readForeignKey);
        run(connection, rows, progress, "reading indexes", INDEXES, SqliteInspector::readIndex);
        run(connection, rows, progress, "reading index columns", INDEX_COLUMNS, SqliteInspector::readIndexColumn);
        return new SqliteModelBuilder(rows).build();
    }

    private static void run(Connection connection, SqliteCatalogRows rows, Progress progress, String phase,
                            String query, RowReader reader) throws SQLException {
        progress.step(phase, 0, -1);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                reader.read(rs, rows);
            }
        }
    }

    private static void readObject(ResultSet rs, SqliteCatalogRows rows) throws SQLException {
        rows.objects.add(new SchemaObject(rs.getString("type"), rs.getString("name"), rs.getString("tbl_name"),
                rs.getString("sql")));
    }

    private static void readTableListEntry(ResultSet rs, SqliteCatalogRows rows) throws SQLException {
        String name = rs.getString("name");
        rows.tableList.put(name, new TableListEntry(name, rs.getString("type"), rs.getInt("wr") != 0,
                rs.getInt("strict") != 0));
    }

    private static void readColumn(ResultSet rs, SqliteCatalogRows rows) throws SQLException {
        SqliteCatalogRows.add(rows.columns, rs.getString("object_name"), new ColumnRow(rs.getInt("cid"),
                rs.getString("name"), rs.getString("type"), rs.getInt("notnull") != 0, rs.getString("dflt_value"),
                rs.getInt("pk"), rs.getInt("hidden")));
    }

    private static void readForeignKey(ResultSet rs, SqliteCatalogRows rows) throws SQLException {
        SqliteCatalogRows.add(rows.foreignKeys, rs.getString("table_name"), new ForeignKeyRow(rs.getInt("id"),
                rs.getInt("seq"), rs.getString("parent"), rs.getString("from"), rs.getString("to"),
                rs.getString("on_update"), rs.getString("on_delete")));
    }

    private static void readIndex(ResultSet rs, SqliteCatalogRows rows) throws SQLException {
        SqliteCatalogRows.add(rows.indexes, rs.getString("table_name"), new IndexRow(rs.getString("name"),
                rs.getInt("unique") != 0, rs.getString("origin"), rs.getInt("partial") != 0, rs.getString("sql")));
    }

    private static void readIndexColumn(ResultSet rs, SqliteCatalogRows rows) throws SQLException {
        SqliteCatalogRows.add(rows.indexColumns, rs.getString("index_name"), new IndexColumnRow(rs.getInt("seqno"),
                rs.getInt("cid"), rs.getString("name"), rs.getInt("desc") != 0, rs.getString("coll"),
                rs.getInt("key") != 0));
    }

    /** User objects only: sqlite_sequence, sqlite_stat* and automatic indexes are SQLite's own. */
    private static final String OBJECTS = """
            SELECT type, name, tbl_name, sql
            FROM main.sqlite_schema
            WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            ORDER BY type, name
            """;

    private static final String TABLE_LIST = """
            SELECT name, type, wr, strict
            FROM pragma_table_list
            WHERE schema = 'main'
            ORDER BY name
            """;

    /** Virtual tables are skipped: reading their columns needs their module, which may not be loaded. */
    private static final String COLUMNS = """
            SELECT m.name AS object_name, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
            FROM main.sqlite_schema m
            JOIN pragma_table_xinfo(m.name, 'main') c
            WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
              AND m.sql NOT LIKE 'CREATE VIRTUAL%'
            ORDER BY m.name, c.cid
            """;

    private static final String FOREIGN_KEYS = """
            SELECT m.name AS table_name, f.id, f.seq, f."table" AS parent, f."from", f."to", f.on_update,
                   f.on_delete
            FROM main.sqlite_schema m
            JOIN pragma_foreign_key_list(m.name, 'main') f
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
              AND m.sql NOT LIKE 'CREATE VIRTUAL%'
            ORDER BY m.name, f.id, f.seq
            """;

    private static final String INDEXES = """
            SELECT m.name AS table_name, i.name, i."unique", i.origin, i.partial, s.sql
            FROM main.sqlite_schema m
            JOIN pragma_index_list(m.name, 'main') i
            LEFT JOIN main.sqlite_schema s ON s.type = 'index' AND s.name = i.name
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
              AND m.sql NOT LIKE 'CREATE VIRTUAL%'
            ORDER BY m.name, i.name
            """;

    private static final String INDEX_COLUMNS = """
            SELECT i.name AS index_name, x.seqno, x.cid, x.name, x."desc", x.coll, x."key"
            FROM main.sqlite_schema m
            JOIN pragma_index_list(m.name, 'main') i
            JOIN pragma_index_xinfo(i.name, 'main') x
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
              AND m.sql NOT LIKE 'CREATE VIRTUAL%'
            ORDER BY i.name, x.seqno
            """;
}
