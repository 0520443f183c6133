package dev.strata.dialect.mysql;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Introspector;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.UnmanagedObject;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads MariaDB (10.11) and MySQL (8) databases from information_schema with one query per object kind per
 * schema, never one per table and never SHOW CREATE. The schema is the connection's database unless
 * {@link InspectOptions} names others. Routines come from mysql.proc on MariaDB, which keeps the parameter list as
 * written (SHOW CREATE and mariadb-dump print it verbatim); MySQL 8 rebuilds it from PARAMETERS.
 */
public final class MySqlInspector implements Introspector {
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "mysql", "performance_schema",
            "sys");

    @Override
    public SchemaModel inspect(Connection connection, InspectOptions options, Progress progress) throws SQLException {
        boolean mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        List<Schema> schemas = new ArrayList<>();
        List<UnmanagedObject> unmanaged = new ArrayList<>();
        for (String name : schemaNames(connection, options)) {
            MySqlSchemaReader reader = new MySqlSchemaReader(connection, name, mariaDb, progress);
            schemas.add(reader.read());
            unmanaged.addAll(reader.unmanaged());
        }
        return new SchemaModel("mysql", schemas, List.of(), unmanaged);
    }

    private static List<String> schemaNames(Connection connection, InspectOptions options) throws SQLException {
        if (options.includeSchemas().isEmpty()) {
            String current = connection.getCatalog();
            if (current == null || current.isEmpty()) {
                throw new StrataException(ExitCode.USAGE, "the URL names no database: add it to the URL "
                        + "(jdbc:mariadb://HOST/DB) or name databases with --schema");
            }
            return options.includesSchema(current) ? List.of(current) : List.of();
        }
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SCHEMAS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!SYSTEM_SCHEMAS.contains(name) && options.includesSchema(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    static final String SCHEMAS = """
            SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME
            """;

    /**
     * The table's charset is the prefix of its collation (MariaDB 10.11 and MySQL collation names start with their
     * charset); joining COLLATION_CHARACTER_SET_APPLICABILITY instead costs ten times the query at 1,000 tables.
     */
    static final String TABLES = """
            SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, SUBSTRING_INDEX(TABLE_COLLATION, '_', 1),
                   CREATE_OPTIONS, TABLE_COMMENT
              FROM information_schema.TABLES
             WHERE TABLE_SCHEMA = ?
             ORDER BY TABLE_NAME
            """;

    static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION,
                   CHARACTER_SET_NAME, COLLATION_NAME, COLUMN_COMMENT
              FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = ?
             ORDER BY TABLE_NAME, ORDINAL_POSITION
            """;

    /**
     * Keys in the server's own key order, which SHOW CREATE TABLE keeps among keys of one kind and which no column
     * carries: information_schema returns a table's keys in key-number order, and an ORDER BY would let filesort
     * reorder them (it is not stable; ROW_NUMBER() OVER () numbers rows after such a sort). So this query and the
     * CHECK query deliberately have no ORDER BY; rows are grouped by table in Java, keeping their order.
     */
    static final String STATISTICS_MARIADB = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, INDEX_COMMENT,
                   IGNORED, NULL AS EXPRESSION
              FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA = ?
            """;

    static final String STATISTICS_MYSQL = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, INDEX_COMMENT,
                   IF(IS_VISIBLE = 'NO', 'YES', 'NO') AS IGNORED, EXPRESSION
              FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA = ?
            """;

    /**
     * Foreign key columns; their rules come from {@link #FOREIGN_KEY_RULES}. Two queries joined in Java: joining
     * the two information_schema views in SQL re-reads one per row of the other (1.4 s at 1,000 tables).
     */
    static final String FOREIGN_KEYS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME,
                   REFERENCED_COLUMN_NAME
              FROM information_schema.KEY_COLUMN_USAGE
             WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
             ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
            """;

    static final String FOREIGN_KEY_RULES = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE, MATCH_OPTION
              FROM information_schema.REFERENTIAL_CONSTRAINTS
             WHERE CONSTRAINT_SCHEMA = ?
             ORDER BY TABLE_NAME, CONSTRAINT_NAME
            """;

    /**
     * LEVEL tells a column-level check (named after its column, shown on the column) from a table-level one. In
     * declaration order, which SHOW CREATE TABLE keeps: no ORDER BY, see {@link #STATISTICS_MARIADB}.
     */
    static final String CHECKS_MARIADB = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL
              FROM information_schema.CHECK_CONSTRAINTS
             WHERE CONSTRAINT_SCHEMA = ?
            """;

    static final String CHECKS_MYSQL = """
            SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE, 'Table' AS LEVEL
              FROM information_schema.CHECK_CONSTRAINTS c
              JOIN information_schema.TABLE_CONSTRAINTS t
                ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME
               AND t.CONSTRAINT_TYPE = 'CHECK'
             WHERE c.CONSTRAINT_SCHEMA = ?
            """;

    static final String VIEWS_MARIADB = """
            SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, DEFINER, SECURITY_TYPE, CHARACTER_SET_CLIENT,
                   COLLATION_CONNECTION, ALGORITHM
              FROM information_schema.VIEWS
             WHERE TABLE_SCHEMA = ?
             ORDER BY TABLE_NAME
            """;

    static final String VIEWS_MYSQL = """
            SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, DEFINER, SECURITY_TYPE, CHARACTER_SET_CLIENT,
                   COLLATION_CONNECTION, 'UNDEFINED' AS ALGORITHM
              FROM information_schema.VIEWS
             WHERE TABLE_SCHEMA = ?
             ORDER BY TABLE_NAME
            """;

    /** mysql.proc keeps param_list, returns and body as written (https://mariadb.com/kb/en/mysql-proc-table/). */
    static final String ROUTINES_MARIADB = """
            SELECT name AS NAME, type AS TYPE, aggregate = 'GROUP' AS AGGREGATE,
                   CONVERT(param_list USING utf8mb4) AS PARAM_LIST, CONVERT(returns USING utf8mb4) AS RETURNS_TYPE,
                   REPLACE(sql_data_access, '_', ' ') AS DATA_ACCESS, is_deterministic = 'YES' AS IS_DETERMINISTIC,
                   security_type AS SECURITY, CONVERT(comment USING utf8mb4) AS ROUTINE_COMMENT,
                   CONVERT(body USING utf8mb4) AS BODY, definer AS DEFINER, sql_mode AS SQL_MODE,
                   character_set_client AS CS_CLIENT, collation_connection AS COLL_CONNECTION,
                   db_collation AS DB_COLLATION
              FROM mysql.proc
             WHERE db = ?
             ORDER BY type, name
            """;

    static final String ROUTINES_MYSQL = """
            SELECT r.ROUTINE_NAME AS NAME, r.ROUTINE_TYPE AS TYPE, 0 AS AGGREGATE,
                   (SELECT GROUP_CONCAT(CONCAT_WS(' ', IF(r.ROUTINE_TYPE = 'FUNCTION', NULL, p.PARAMETER_MODE),
                                                  CONCAT('`', p.PARAMETER_NAME, '`'),
                                                  p.DTD_IDENTIFIER) ORDER BY p.ORDINAL_POSITION SEPARATOR ', ')
                      FROM information_schema.PARAMETERS p
                     WHERE p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA AND p.SPECIFIC_NAME = r.SPECIFIC_NAME
                       AND p.ORDINAL_POSITION > 0) AS PARAM_LIST,
                   IF(r.ROUTINE_TYPE = 'FUNCTION', r.DTD_IDENTIFIER, NULL) AS RETURNS_TYPE,
                   r.SQL_DATA_ACCESS AS DATA_ACCESS, r.IS_DETERMINISTIC = 'YES' AS IS_DETERMINISTIC,
                   r.SECURITY_TYPE AS SECURITY, r.ROUTINE_COMMENT AS ROUTINE_COMMENT, r.ROUTINE_DEFINITION AS BODY,
                   r.DEFINER AS DEFINER, r.SQL_MODE AS SQL_MODE, r.CHARACTER_SET_CLIENT AS CS_CLIENT,
                   r.COLLATION_CONNECTION AS COLL_CONNECTION, r.DATABASE_COLLATION AS DB_COLLATION
              FROM information_schema.ROUTINES r
             WHERE r.ROUTINE_SCHEMA = ?
             ORDER BY r.ROUTINE_TYPE, r.ROUTINE_NAME
            """;

    static final String TRIGGERS = """
            SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_ORDER, ACTION_STATEMENT,
                   ACTION_TIMING, SQL_MODE, DEFINER, CHARACTER_SET_CLIENT, COLLATION_CONNECTION, DATABASE_COLLATION
              FROM information_schema.TRIGGERS
             WHERE TRIGGER_SCHEMA = ?
             ORDER BY EVENT_OBJECT_TABLE, TRIGGER_NAME
            """;

    /** Read only when some table is partitioned: this view opens every table of the schema. */
    static final String PARTITIONS = """
            SELECT TABLE_NAME, PARTITION_NAME, SUBPARTITION_NAME, PARTITION_METHOD, SUBPARTITION_METHOD,
                   PARTITION_EXPRESSION, SUBPARTITION_EXPRESSION, PARTITION_DESCRIPTION, PARTITION_COMMENT
              FROM information_schema.PARTITIONS
             WHERE TABLE_SCHEMA = ? AND PARTITION_NAME IS NOT NULL
             ORDER BY TABLE_NAME, PARTITION_ORDINAL_POSITION, SUBPARTITION_ORDINAL_POSITION
            """;
}
