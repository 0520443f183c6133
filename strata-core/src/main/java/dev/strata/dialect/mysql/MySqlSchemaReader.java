package dev.strata.dialect.mysql;

import dev.strata.model.Column;
import dev.strata.model.Event;
import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.Schema;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UnmanagedObject;
import dev.strata.model.View;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads one MariaDB/MySQL database (strata schema) with the queries of {@link MySqlInspector}, one per kind. */
final class MySqlSchemaReader {
    /** A row of information_schema.TABLES. */
    record TableRow(String name, String type, String engine, String collation, String charset, String createOptions,
                    String comment) {
        boolean isView() {
            return type.equals("VIEW");
        }

        boolean isTable() {
            return type.equals("BASE TABLE") || type.equals("SYSTEM VERSIONED");
        }
    }

    /** A row of information_schema.CHECK_CONSTRAINTS. */
    record CheckRow(String name, String clause, boolean columnLevel) {
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static final int STEPS = 11;

    private final Connection connection;
    private final String schema;
    private final boolean mariaDb;
    private final Progress progress;
    private final List<UnmanagedObject> unmanaged = new ArrayList<>();
    /** Sequences (tables of type SEQUENCE) by name, with their comments. */
    private final Map<String, String> sequenceComments = new TreeMap<>();
    private int step;

    MySqlSchemaReader(Connection connection, String schema, boolean mariaDb, Progress progress) {
        this.connection = connection;
        this.schema = schema;
        this.mariaDb = mariaDb;
        this.progress = progress;
    }

    List<UnmanagedObject> unmanaged() {
        return unmanaged;
    }

    Schema read() throws SQLException {
        Map<String, TableRow> tables = readTables();
        Map<String, List<CheckRow>> checks = readChecks();
        Map<String, List<Column>> columns = readColumns(tables, checks);
        MySqlKeys keys = readKeys();
        Map<String, List<ForeignKey>> foreignKeys = readForeignKeys();
        Map<String, String> partitions = readPartitions(tables);
        Map<String, List<Trigger>> triggers = readTriggers();
        List<View> views = readViews(tables, columns);
        List<Routine> routines = readRoutines();
        List<Event> events = readEvents();
        List<Sequence> sequences = MySqlSequences.read(connection, schema, sequenceComments);
        List<Table> built = new ArrayList<>();
        for (TableRow row : tables.values()) {
            if (row.isTable()) {
                built.add(MySqlTables.table(QualifiedName.of(schema, row.name()), row,
                        columns.getOrDefault(row.name(), List.of()), keys, foreignKeys.getOrDefault(row.name(),
                                List.of()), checks.getOrDefault(row.name(), List.of()), partitions.get(row.name()),
                        triggers.getOrDefault(row.name(), List.of())));
            }
        }
        return new Schema(schema, null, null, List.of(), built, views, sequences, List.of(), List.of(), List.of(),
                routines, events);
    }

    private Map<String, TableRow> readTables() throws SQLException {
        Map<String, TableRow> tables = new TreeMap<>();
        query(MySqlInspector.TABLES, "reading tables", rs -> {
            TableRow row = new TableRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7));
            if (row.isTable() || row.isView()) {
                tables.put(row.name(), row);
            } else if (row.type().equals("SEQUENCE")) {
                sequenceComments.put(row.name(), row.comment());
            } else {
                unmanaged.add(new UnmanagedObject(row.type().toLowerCase(java.util.Locale.ROOT), schema,
                        row.name(), null));
            }
        });
        return tables;
    }

    private Map<String, List<CheckRow>> readChecks() throws SQLException {
        Map<String, List<CheckRow>> checks = new HashMap<>();
        query(mariaDb ? MySqlInspector.CHECKS_MARIADB : MySqlInspector.CHECKS_MYSQL, "reading checks", rs ->
                checks.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                        new CheckRow(rs.getString(2), rs.getString(3), "Column".equals(rs.getString(4)))));
        return checks;
    }

    private Map<String, List<Column>> readColumns(Map<String, TableRow> tables, Map<String, List<CheckRow>> checks)
            throws SQLException {
        Map<String, List<Column>> columns = new HashMap<>();
        query(MySqlInspector.COLUMNS, "reading columns", rs -> {
            String table = rs.getString(1);
            TableRow owner = tables.get(table);
            if (owner == null) {
                return;
            }
            Column column = MySqlColumns.column(rs, owner, mariaDb, checks.getOrDefault(table, List.of()));
            columns.computeIfAbsent(table, k -> new ArrayList<>()).add(
                    MySqlSequences.unqualifiedDefault(column, schema));
        });
        return columns;
    }

    private MySqlKeys readKeys() throws SQLException {
        MySqlKeys keys = new MySqlKeys();
        query(mariaDb ? MySqlInspector.STATISTICS_MARIADB : MySqlInspector.STATISTICS_MYSQL, "reading indexes",
                keys::add);
        return keys;
    }

    private Map<String, List<ForeignKey>> readForeignKeys() throws SQLException {
        Map<String, String[]> rules = new HashMap<>();
        query(MySqlInspector.FOREIGN_KEY_RULES, "reading foreign key rules", rs -> rules.put(rs.getString(1)
                + "\u0000" + rs.getString(2), new String[] {rs.getString(3), rs.getString(4), rs.getString(5)}));
        Map<String, Map<String, List<String[]>>> rows = new HashMap<>();
        query(MySqlInspector.FOREIGN_KEYS, "reading foreign keys", rs -> {
            String[] row = new String[5];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getString(i + 2);
            }
            rows.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
        });
        Map<String, List<ForeignKey>> fks = new HashMap<>();
        rows.forEach((table, byName) -> byName.forEach((name, parts) -> fks.computeIfAbsent(table,
                k -> new ArrayList<>()).add(foreignKey(name, parts, rules.get(table + "\u0000" + name)))));
        return fks;
    }

    /**
     * parts: CONSTRAINT_NAME, COLUMN_NAME, REF_SCHEMA, REF_TABLE, REF_COLUMN; rule: UPDATE_RULE, DELETE_RULE,
     * MATCH_OPTION.
     */
    private static ForeignKey foreignKey(String name, List<String[]> parts, String[] rule) {
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        for (String[] p : parts) {
            columns.add(p[1]);
            referenced.add(p[4]);
        }
        String[] first = parts.get(0);
        String[] r = rule == null ? new String[] {"RESTRICT", "RESTRICT", "NONE"} : rule;
        return new ForeignKey(name, columns, QualifiedName.of(first[2], first[3]), referenced, r[1], r[0], false,
                false, r[2], true, null);
    }

    private Map<String, String> readPartitions(Map<String, TableRow> tables) throws SQLException {
        boolean any = tables.values().stream()
                .anyMatch(t -> t.createOptions() != null && t.createOptions().contains("partitioned"));
        Map<String, List<MySqlPartitions.Row>> rows = new LinkedHashMap<>();
        if (any) {
            query(MySqlInspector.PARTITIONS, "reading partitions", rs -> rows.computeIfAbsent(rs.getString(1),
                    k -> new ArrayList<>()).add(new MySqlPartitions.Row(rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getString(9))));
        }
        Map<String, String> clauses = new HashMap<>();
        rows.forEach((table, parts) -> clauses.put(table, MySqlPartitions.clause(parts)));
        return clauses;
    }

    private Map<String, List<Trigger>> readTriggers() throws SQLException {
        Map<String, List<Trigger>> triggers = new HashMap<>();
        query(MySqlInspector.TRIGGERS, "reading triggers", rs -> {
            String name = rs.getString(1);
            String event = rs.getString(2);
            String table = rs.getString(3);
            String timing = rs.getString(6);
            String definer = rs.getString(8);
            String definition = MySqlDdl.createTrigger(definer, name, timing, event, table, rs.getString(5));
            Map<String, String> options = new TreeMap<>();
            options.put("definer", definer);
            options.put("action_order", rs.getString(4));
            sessionOptions(options, rs.getString(7), rs.getString(9), rs.getString(10), rs.getString(11));
            triggers.computeIfAbsent(table, k -> new ArrayList<>()).add(new Trigger(name,
                    QualifiedName.of(schema, table), timing, event, definition, null, options));
        });
        return triggers;
    }

    private List<View> readViews(Map<String, TableRow> tables, Map<String, List<Column>> columns)
            throws SQLException {
        List<View> views = new ArrayList<>();
        query(mariaDb ? MySqlInspector.VIEWS_MARIADB : MySqlInspector.VIEWS_MYSQL, "reading views", rs -> {
            String name = rs.getString(1);
            Map<String, String> options = new TreeMap<>();
            options.put("check_option", rs.getString(3));
            options.put("definer", rs.getString(4));
            options.put("security", rs.getString(5));
            options.put("character_set_client", rs.getString(6));
            options.put("collation_connection", rs.getString(7));
            options.put("algorithm", rs.getString(8));
            String raw = rs.getString(2);
            String shown = mariaDb ? shownDefinition(name, rs.getString(3)) : null;
            views.add(new View(QualifiedName.of(schema, name), MySqlViews.unqualify(shown == null ? raw : shown,
                    schema), false,
                    columns.getOrDefault(name, List.of()), List.of(),
                    MySqlViews.dependencies(raw, schema, tables.keySet(), name), null, null, List.of(), options));
        });
        return views;
    }

    /**
     * The query as SHOW CREATE VIEW prints it, and so mariadb-dump: VIEW_DEFINITION drops the character set
     * introducers of literals (_utf8mb3' '), which SHOW CREATE VIEW keeps. One statement per view, as the server
     * offers no catalog table with this text; null when the server refuses it (the catalog text is used then).
     */
    private String shownDefinition(String name, String checkOption) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SHOW CREATE VIEW " + MySqlDdl.quote(schema) + "."
                + MySqlDdl.quote(name)); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? MySqlViews.query(rs.getString(2), schema, name, checkOption) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * From mysql.proc on MariaDB; a user without SELECT on it (error 1142) gets the information_schema form,
     * whose rebuilt parameter lists load the same routines but differ in spelling from SHOW CREATE.
     */
    private List<Routine> readRoutines() throws SQLException {
        if (!mariaDb) {
            return readRoutines(MySqlInspector.ROUTINES_MYSQL);
        }
        try {
            return readRoutines(MySqlInspector.ROUTINES_MARIADB);
        } catch (SQLException e) {
            if (e.getErrorCode() != 1142) {
                throw e;
            }
            return readRoutines(MySqlInspector.ROUTINES_MYSQL);
        }
    }

    private List<Routine> readRoutines(String sql) throws SQLException {
        List<Routine> routines = new ArrayList<>();
        query(sql, "reading routines", rs -> {
            String type = rs.getString("TYPE");
            String name = rs.getString("NAME");
            if (!type.equals("FUNCTION") && !type.equals("PROCEDURE")) {
                unmanaged.add(new UnmanagedObject(type.toLowerCase(java.util.Locale.ROOT), schema, name,
                        rs.getString("BODY")));
                return;
            }
            routines.add(routine(rs, type, name));
        });
        return routines;
    }

    private Routine routine(ResultSet rs, String type, String name) throws SQLException {
        String params = rs.getString("PARAM_LIST") == null ? "" : rs.getString("PARAM_LIST");
        String comment = rs.getString("ROUTINE_COMMENT");
        RoutineSource source = new RoutineSource(name, type, rs.getBoolean("AGGREGATE"), params,
                rs.getString("RETURNS_TYPE"), rs.getString("DATA_ACCESS"), rs.getBoolean("IS_DETERMINISTIC"),
                rs.getString("SECURITY"), comment, rs.getString("BODY"), rs.getString("DEFINER"));
        Map<String, String> options = new TreeMap<>();
        options.put("definer", source.definer());
        options.put("data_access", source.dataAccess());
        options.put("deterministic", String.valueOf(source.deterministic()));
        options.put("security", source.security());
        if (source.returns() != null && !source.returns().isEmpty()) {
            options.put("returns", source.returns());
        }
        sessionOptions(options, rs.getString("SQL_MODE"), rs.getString("CS_CLIENT"), rs.getString("COLL_CONNECTION"),
                rs.getString("DB_COLLATION"));
        return new Routine(QualifiedName.of(schema, name), type.toLowerCase(java.util.Locale.ROOT),
                params.replaceAll("\\s+", " ").trim(), MySqlDdl.createRoutine(source), null,
                comment == null || comment.isEmpty() ? null : comment, List.of(), options);
    }

    /** The session settings a routine, trigger or view was created under, which the dump must restore. */
    private static void sessionOptions(Map<String, String> options, String sqlMode, String charsetClient,
                                       String collationConnection, String dbCollation) {
        options.put("sql_mode", sqlMode == null ? "" : sqlMode);
        options.put("character_set_client", charsetClient);
        options.put("collation_connection", collationConnection);
        options.put("db_collation", dbCollation);
    }

    private List<Event> readEvents() throws SQLException {
        List<Event> events = new ArrayList<>();
        query(MySqlEvents.EVENTS, "reading events", rs -> events.add(MySqlEvents.event(schema, rs)));
        return events;
    }

    private void query(String sql, String phase, RowReader reader) throws SQLException {
        progress.step(phase + " of " + schema, step++, STEPS);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
