package dev.strata.jpa.types;

import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import dev.strata.model.Identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PostgreSQL as Hibernate 6's {@code PostgreSQLDialect} maps onto it, types spelled as {@code format_type} reports
 * them (https://www.postgresql.org/docs/15/datatype.html). Measured with Hibernate 6.6 hbm2ddl on PostgreSQL 15.
 */
final class PostgresTypeMapping implements TypeMapping {
    private static final Map<String, Kind> KINDS = Map.ofEntries(Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("smallint", Kind.SMALLINT), Map.entry("integer", Kind.INTEGER), Map.entry("bigint", Kind.BIGINT),
            Map.entry("numeric", Kind.DECIMAL), Map.entry("real", Kind.REAL), Map.entry("double precision", Kind.DOUBLE),
            Map.entry("character", Kind.CHAR), Map.entry("character varying", Kind.VARCHAR), Map.entry("text", Kind.TEXT),
            Map.entry("bytea", Kind.BLOB), Map.entry("date", Kind.DATE), Map.entry("time without time zone", Kind.TIME),
            Map.entry("time with time zone", Kind.TIME_TZ), Map.entry("timestamp without time zone", Kind.TIMESTAMP),
            Map.entry("timestamp with time zone", Kind.TIMESTAMP_TZ), Map.entry("interval", Kind.INTERVAL),
            Map.entry("uuid", Kind.UUID), Map.entry("json", Kind.JSON), Map.entry("jsonb", Kind.JSONB),
            Map.entry("xml", Kind.XML), Map.entry("bit", Kind.BIT), Map.entry("bit varying", Kind.BIT));

    @Override
    public String dialect() {
        return "postgresql";
    }

    @Override
    public String sqlType(TypeSpec s) {
        if (!s.enumValues().isEmpty()) {
            return "character varying(" + s.lengthOrDefault() + ")";
        }
        if (s.json()) {
            return "jsonb";
        }
        switch (s.javaType()) {
            case BOOLEAN: return "boolean";
            case BYTE: case SHORT: return "smallint";
            case INTEGER: case YEAR: return "integer";
            case LONG: return "bigint";
            case FLOAT: return "real";
            case DOUBLE: return "double precision";
            case BIG_DECIMAL: return "numeric(" + s.precisionOrDefault() + "," + s.scaleOrDefault(2) + ")";
            case BIG_INTEGER: return "numeric(" + s.precisionOrDefault() + ",0)";
            case DURATION: return "numeric(21,0)";
            case STRING: return s.lob() ? "oid" : "character varying(" + s.lengthOrDefault() + ")";
            case CHARACTER: return "character(1)";
            case BYTES: return s.lob() ? "oid" : "bytea";
            case UUID: return "uuid";
            case LOCAL_DATE: case SQL_DATE: return "date";
            case LOCAL_TIME: case OFFSET_TIME: case SQL_TIME: return "time(6) without time zone";
            case LOCAL_DATE_TIME: case SQL_TIMESTAMP: case UTIL_DATE: return "timestamp(6) without time zone";
            case OFFSET_DATE_TIME: case INSTANT: case ZONED_DATE_TIME: return "timestamp(6) with time zone";
            default: return null;
        }
    }

    @Override
    public DataType normalize(String type) {
        TypeShape shape = TypeShape.parse(type);
        if (shape.isArray()) {
            String element = shape.base().replaceAll("(\\[\\]| array)$", "");
            return DataType.named(Kind.ARRAY, element);
        }
        Kind kind = KINDS.get(shape.base());
        if (kind == null) {
            return DataType.named(Kind.OTHER, type.trim());
        }
        switch (kind) {
            case CHAR: case VARCHAR: case BIT: return DataType.sized(kind, shape.first());
            case DECIMAL: return DataType.numeric(shape.first(), shape.second());
            case TIME: case TIME_TZ: case TIMESTAMP: case TIMESTAMP_TZ: case INTERVAL:
                return new DataType(kind, null, shape.first(), null, null);
            default: return DataType.of(kind);
        }
    }

    @Override
    public String fold(String unquoted) {
        return unquoted.toLowerCase(Locale.ROOT);
    }

    @Override
    public Identity identity(String sqlType) {
        return Identity.of(Identity.Kind.BY_DEFAULT);
    }

    @Override
    public String defaultIndexMethod() {
        return "btree";
    }

    @Override
    public String primaryKeyName(String table) {
        return truncate(table + "_pkey");
    }

    @Override
    public String foreignKeyName(String table, List<String> columns) {
        return truncate(table + "_" + columns.get(0) + "_fkey");
    }

    @Override
    public String uniqueName(String table, List<String> columns) {
        return truncate(table + "_" + String.join("_", columns) + "_key");
    }

    @Override
    public boolean uniqueAsIndex() {
        return false;
    }

    /** PostgreSQL truncates identifiers to NAMEDATALEN - 1 = 63 bytes. */
    private static String truncate(String name) {
        return name.length() <= 63 ? name : name.substring(0, 63);
    }
}
