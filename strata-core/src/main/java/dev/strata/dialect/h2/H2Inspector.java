package dev.strata.dialect.h2;

import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Introspector;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every schema but INFORMATION_SCHEMA from H2 2.x's INFORMATION_SCHEMA with one query per kind of object,
 * whatever the number of tables (https://h2database.com/html/systemtables.html).
 */
public final class H2Inspector implements Introspector {
    /** The queries in the order they run, by the name the model builder asks for. */
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    @Override
    public SchemaModel inspect(Connection connection, InspectOptions options, Progress progress) throws SQLException {
        Map<String, List<H2Row>> rows = new LinkedHashMap<>();
        int done = 0;
        for (Map.Entry<String, String> query : QUERIES.entrySet()) {
            progress.step("reading " + query.getKey(), done++, QUERIES.size());
            rows.put(query.getKey(), read(connection, query.getValue(), options));
        }
        return new H2ModelBuilder(rows).build();
    }

    /** Rows of the schemas the options include; every query names its schema column SCHEMA_NAME. */
    private static List<H2Row> read(Connection connection, String query, InspectOptions options) throws SQLException {
        List<H2Row> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                H2Row row = H2Row.of(rs);
                if (options.includesSchema(row.str("SCHEMA_NAME"))) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static final String SCHEMATA = """
            SELECT SCHEMA_NAME, SCHEMA_OWNER, REMARKS
            FROM INFORMATION_SCHEMA.SCHEMATA
            WHERE SCHEMA_NAME <> 'INFORMATION_SCHEMA'
            ORDER BY SCHEMA_NAME
            """;

    private static final String TABLES = """
            SELECT TABLE_SCHEMA AS SCHEMA_NAME, TABLE_NAME, TABLE_TYPE, STORAGE_TYPE, REMARKS
            FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY TABLE_SCHEMA, TABLE_NAME
            """;

    private static final String COLUMNS = """
            SELECT TABLE_SCHEMA AS SCHEMA_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT,
                   IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                   DATETIME_PRECISION, INTERVAL_TYPE, INTERVAL_PRECISION, DOMAIN_SCHEMA, DOMAIN_NAME,
                   MAXIMUM_CARDINALITY, DTD_IDENTIFIER, IS_IDENTITY, IDENTITY_GENERATION, IDENTITY_START,
                   IDENTITY_INCREMENT, IDENTITY_MAXIMUM, IDENTITY_MINIMUM, IDENTITY_CYCLE, IDENTITY_CACHE,
                   IS_GENERATED, GENERATION_EXPRESSION, DECLARED_DATA_TYPE, DECLARED_NUMERIC_PRECISION,
                   DECLARED_NUMERIC_SCALE, COLUMN_ON_UPDATE, IS_VISIBLE, DEFAULT_ON_NULL, REMARKS
            FROM INFORMATION_SCHEMA.COLUMNS
            WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
            """;

    /** Element types of arrays, for columns and domains. */
    private static final String ELEMENT_TYPES = """
            SELECT OBJECT_SCHEMA AS SCHEMA_NAME, OBJECT_NAME, OBJECT_TYPE, COLLECTION_TYPE_IDENTIFIER, DATA_TYPE,
                   CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, INTERVAL_TYPE,
                   INTERVAL_PRECISION, MAXIMUM_CARDINALITY, DTD_IDENTIFIER, DECLARED_DATA_TYPE,
                   DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE
            FROM INFORMATION_SCHEMA.ELEMENT_TYPES
            WHERE OBJECT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY OBJECT_SCHEMA, OBJECT_NAME, OBJECT_TYPE, COLLECTION_TYPE_IDENTIFIER
            """;

    private static final String ENUM_VALUES = """
            SELECT OBJECT_SCHEMA AS SCHEMA_NAME, OBJECT_NAME, OBJECT_TYPE, ENUM_IDENTIFIER, VALUE_NAME, VALUE_ORDINAL
            FROM INFORMATION_SCHEMA.ENUM_VALUES
            WHERE OBJECT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY OBJECT_SCHEMA, OBJECT_NAME, OBJECT_TYPE, ENUM_IDENTIFIER, VALUE_ORDINAL
            """;

    /** One row per constraint column (one row for a CHECK), with foreign key rules and check clauses. */
    private static final String CONSTRAINTS = """
            SELECT tc.CONSTRAINT_SCHEMA AS SCHEMA_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, tc.TABLE_SCHEMA,
                   tc.TABLE_NAME, tc.IS_DEFERRABLE, tc.INITIALLY_DEFERRED, tc.NULLS_DISTINCT, tc.REMARKS,
                   k.COLUMN_NAME, k.ORDINAL_POSITION, k.POSITION_IN_UNIQUE_CONSTRAINT,
                   r.UNIQUE_CONSTRAINT_SCHEMA, r.UNIQUE_CONSTRAINT_NAME, r.MATCH_OPTION, r.UPDATE_RULE,
                   r.DELETE_RULE, c.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
              ON r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS c
              ON c.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY tc.CONSTRAINT_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    /** User indexes; those H2 made for constraints are re-made by the constraints. */
    private static final String INDEXES = """
            SELECT i.INDEX_SCHEMA AS SCHEMA_NAME, i.INDEX_NAME, i.TABLE_NAME, i.INDEX_TYPE_NAME, i.NULLS_DISTINCT,
                   i.REMARKS, c.COLUMN_NAME, c.ORDINAL_POSITION, c.ORDERING_SPECIFICATION, c.NULL_ORDERING
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
              ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
            WHERE i.INDEX_SCHEMA <> 'INFORMATION_SCHEMA' AND NOT i.IS_GENERATED
            ORDER BY i.INDEX_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION
            """;

    private static final String VIEWS = """
            SELECT TABLE_SCHEMA AS SCHEMA_NAME, TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, REMARKS
            FROM INFORMATION_SCHEMA.VIEWS
            WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY TABLE_SCHEMA, TABLE_NAME
            """;

    private static final String SEQUENCES = """
            SELECT SEQUENCE_SCHEMA AS SCHEMA_NAME, SEQUENCE_NAME, DATA_TYPE, DECLARED_DATA_TYPE, START_VALUE,
                   MINIMUM_VALUE, MAXIMUM_VALUE, INCREMENT, CYCLE_OPTION, CACHE, REMARKS
            FROM INFORMATION_SCHEMA.SEQUENCES
            WHERE SEQUENCE_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY SEQUENCE_SCHEMA, SEQUENCE_NAME
            """;

    private static final String TRIGGERS = """
            SELECT TRIGGER_SCHEMA AS SCHEMA_NAME, TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_SCHEMA,
                   EVENT_OBJECT_TABLE, ACTION_ORIENTATION, ACTION_TIMING, JAVA_CLASS, QUEUE_SIZE, NO_WAIT, REMARKS
            FROM INFORMATION_SCHEMA.TRIGGERS
            WHERE TRIGGER_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY TRIGGER_SCHEMA, TRIGGER_NAME
            """;

    /** One row per domain constraint (one row for a domain without any). */
    private static final String DOMAINS = """
            SELECT d.DOMAIN_SCHEMA AS SCHEMA_NAME, d.DOMAIN_NAME AS OBJECT_NAME, d.DATA_TYPE,
                   d.CHARACTER_MAXIMUM_LENGTH, d.NUMERIC_PRECISION, d.NUMERIC_SCALE, d.DATETIME_PRECISION,
                   d.INTERVAL_TYPE, d.INTERVAL_PRECISION, d.DOMAIN_DEFAULT, d.MAXIMUM_CARDINALITY, d.DTD_IDENTIFIER,
                   d.DECLARED_DATA_TYPE, d.DECLARED_NUMERIC_PRECISION, d.DECLARED_NUMERIC_SCALE,
                   d.PARENT_DOMAIN_SCHEMA AS DOMAIN_SCHEMA, d.PARENT_DOMAIN_NAME AS DOMAIN_NAME, d.REMARKS,
                   dc.CONSTRAINT_NAME, c.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.DOMAINS d
            LEFT JOIN INFORMATION_SCHEMA.DOMAIN_CONSTRAINTS dc
              ON dc.DOMAIN_SCHEMA = d.DOMAIN_SCHEMA AND dc.DOMAIN_NAME = d.DOMAIN_NAME
            LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS c
              ON c.CONSTRAINT_SCHEMA = dc.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = dc.CONSTRAINT_NAME
            WHERE d.DOMAIN_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY d.DOMAIN_SCHEMA, d.DOMAIN_NAME, dc.CONSTRAINT_NAME
            """;

    private static final String CONSTANTS = """
            SELECT CONSTANT_SCHEMA AS SCHEMA_NAME, CONSTANT_NAME, VALUE_DEFINITION, REMARKS
            FROM INFORMATION_SCHEMA.CONSTANTS
            WHERE CONSTANT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY CONSTANT_SCHEMA, CONSTANT_NAME
            """;

    /** Java functions (CREATE ALIAS) and aggregates; overloads of one alias share its statement. */
    private static final String ROUTINES = """
            SELECT ROUTINE_SCHEMA AS SCHEMA_NAME, ROUTINE_NAME, SPECIFIC_NAME, ROUTINE_TYPE, ROUTINE_DEFINITION,
                   EXTERNAL_NAME, IS_DETERMINISTIC, REMARKS
            FROM INFORMATION_SCHEMA.ROUTINES
            WHERE ROUTINE_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME, SPECIFIC_NAME
            """;

    private static final String SYNONYMS = """
            SELECT SYNONYM_SCHEMA AS SCHEMA_NAME, SYNONYM_NAME, SYNONYM_FOR_SCHEMA, SYNONYM_FOR
            FROM INFORMATION_SCHEMA.SYNONYMS
            WHERE SYNONYM_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY SYNONYM_SCHEMA, SYNONYM_NAME
            """;

    static {
        QUERIES.put("schemas", SCHEMATA);
        QUERIES.put("tables", TABLES);
        QUERIES.put("columns", COLUMNS);
        QUERIES.put("element types", ELEMENT_TYPES);
        QUERIES.put("enum values", ENUM_VALUES);
        QUERIES.put("constraints", CONSTRAINTS);
        QUERIES.put("indexes", INDEXES);
        QUERIES.put("views", VIEWS);
        QUERIES.put("sequences", SEQUENCES);
        QUERIES.put("triggers", TRIGGERS);
        QUERIES.put("domains", DOMAINS);
        QUERIES.put("constants", CONSTANTS);
        QUERIES.put("routines", ROUTINES);
        QUERIES.put("synonyms", SYNONYMS);
    }
}
