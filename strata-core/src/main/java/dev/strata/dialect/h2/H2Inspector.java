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
 * whatever the number of tables (https://h2database.com/html/systemtables.html). The queries never join two
 * INFORMATION_SCHEMA views: H2 computes them as nested loops, which made a 1,000-table read take 30 s; the rows
 * are joined in memory instead ({@link H2RowJoins}).
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
        return new H2ModelBuilder(H2RowJoins.join(rows)).build();
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

    private static final String TABLE_CONSTRAINTS = """
            SELECT CONSTRAINT_SCHEMA AS SCHEMA_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_SCHEMA, TABLE_NAME,
                   IS_DEFERRABLE, INITIALLY_DEFERRED, NULLS_DISTINCT, REMARKS
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME
            """;

    private static final String KEY_COLUMNS = """
            SELECT CONSTRAINT_SCHEMA AS SCHEMA_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION,
                   POSITION_IN_UNIQUE_CONSTRAINT
            FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE
            WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION
            """;

    private static final String REFERENTIAL_CONSTRAINTS = """
            SELECT CONSTRAINT_SCHEMA AS SCHEMA_NAME, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA,
                   UNIQUE_CONSTRAINT_NAME, MATCH_OPTION, UPDATE_RULE, DELETE_RULE
            FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME
            """;

    /** Check clauses of table and domain constraints. */
    private static final String CHECK_CONSTRAINTS = """
            SELECT CONSTRAINT_SCHEMA AS SCHEMA_NAME, CONSTRAINT_NAME, CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME
            """;

    /** User indexes; those H2 made for constraints are re-made by the constraints. */
    private static final String INDEXES = """
            SELECT INDEX_SCHEMA AS SCHEMA_NAME, INDEX_NAME, TABLE_NAME, INDEX_TYPE_NAME, NULLS_DISTINCT, REMARKS
            FROM INFORMATION_SCHEMA.INDEXES
            WHERE INDEX_SCHEMA <> 'INFORMATION_SCHEMA' AND NOT IS_GENERATED
            ORDER BY INDEX_SCHEMA, TABLE_NAME, INDEX_NAME
            """;

    private static final String INDEX_COLUMNS = """
            SELECT INDEX_SCHEMA AS SCHEMA_NAME, INDEX_NAME, COLUMN_NAME, ORDINAL_POSITION, ORDERING_SPECIFICATION,
                   NULL_ORDERING
            FROM INFORMATION_SCHEMA.INDEX_COLUMNS
            WHERE INDEX_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY INDEX_SCHEMA, INDEX_NAME, ORDINAL_POSITION
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

    private static final String DOMAINS = """
            SELECT DOMAIN_SCHEMA AS SCHEMA_NAME, DOMAIN_NAME AS OBJECT_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
                   NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, INTERVAL_TYPE, INTERVAL_PRECISION,
                   DOMAIN_DEFAULT, MAXIMUM_CARDINALITY, DTD_IDENTIFIER, DECLARED_DATA_TYPE,
                   DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE, PARENT_DOMAIN_SCHEMA AS DOMAIN_SCHEMA,
                   PARENT_DOMAIN_NAME AS DOMAIN_NAME, REMARKS
            FROM INFORMATION_SCHEMA.DOMAINS
            WHERE DOMAIN_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY DOMAIN_SCHEMA, DOMAIN_NAME
            """;

    private static final String DOMAIN_CONSTRAINTS = """
            SELECT CONSTRAINT_SCHEMA AS SCHEMA_NAME, CONSTRAINT_NAME, DOMAIN_SCHEMA, DOMAIN_NAME
            FROM INFORMATION_SCHEMA.DOMAIN_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA'
            ORDER BY DOMAIN_SCHEMA, DOMAIN_NAME, CONSTRAINT_NAME
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
        QUERIES.put("table constraints", TABLE_CONSTRAINTS);
        QUERIES.put("key columns", KEY_COLUMNS);
        QUERIES.put("referential constraints", REFERENTIAL_CONSTRAINTS);
        QUERIES.put("check constraints", CHECK_CONSTRAINTS);
        QUERIES.put("indexes", INDEXES);
        QUERIES.put("index columns", INDEX_COLUMNS);
        QUERIES.put("views", VIEWS);
        QUERIES.put("sequences", SEQUENCES);
        QUERIES.put("triggers", TRIGGERS);
        QUERIES.put("domains", DOMAINS);
        QUERIES.put("domain constraints", DOMAIN_CONSTRAINTS);
        QUERIES.put("constants", CONSTANTS);
        QUERIES.put("routines", ROUTINES);
        QUERIES.put("synonyms", SYNONYMS);
    }
}
