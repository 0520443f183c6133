package dev.strata.dialect.h2;

import dev.strata.dialect.TypeMapping;
import dev.strata.dialect.TypeSpec;
import dev.strata.model.Identity;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * H2 2.x as Hibernate 6's {@code H2Dialect} maps onto it, types spelled as H2's INFORMATION_SCHEMA names them
 * (upper case, e.g. {@code CHARACTER VARYING(255)}); unquoted identifiers fold to upper case.
 */
final class H2TypeMapping implements TypeMapping {
    @Override
    public String sqlType(TypeSpec s) {
        if (!s.enumValues().isEmpty()) {
            return s.enumValues().stream().map(v -> "'" + v.replace("'", "''") + "'")
                    .collect(Collectors.joining(", ", "ENUM(", ")"));
        }
        switch (s.javaType()) {
            case BOOLEAN: return "BOOLEAN";
            case BYTE: return "TINYINT";
            case SHORT: return "SMALLINT";
            case INTEGER: case YEAR: return "INTEGER";
            case LONG: return "BIGINT";
            case FLOAT: return "REAL";
            case DOUBLE: return "DOUBLE PRECISION";
            case BIG_DECIMAL: return numeric(s.precisionOrDefault(), s.scaleOrDefault(2));
            case BIG_INTEGER: return numeric(s.precisionOrDefault(), 0);
            case DURATION: return numeric(21, 0);
            case STRING: return s.lob() ? "CHARACTER LARGE OBJECT" : "CHARACTER VARYING(" + s.lengthOrDefault() + ")";
            case CHARACTER: return "CHARACTER(1)";
            case BYTES: return s.lob() ? "BINARY LARGE OBJECT" : "BINARY VARYING(" + s.lengthOrDefault() + ")";
            case UUID: return "UUID";
            case LOCAL_DATE: case SQL_DATE: return "DATE";
            case LOCAL_TIME: case SQL_TIME: return "TIME(6)";
            case OFFSET_TIME: return "TIME(6) WITH TIME ZONE";
            case LOCAL_DATE_TIME: case SQL_TIMESTAMP: case UTIL_DATE: return "TIMESTAMP";
            case OFFSET_DATE_TIME: case INSTANT: case ZONED_DATE_TIME: return "TIMESTAMP WITH TIME ZONE";
            default: return null;
        }
    }

    /** H2 spells NUMERIC(p, 0) as NUMERIC(p); TIMESTAMP's default precision is 6, TIME's is 0. */
    private static String numeric(int precision, int scale) {
        return "NUMERIC(" + precision + (scale == 0 ? "" : ", " + scale) + ")";
    }

    @Override
    public String defaultForeignKeyAction() {
        return "RESTRICT";
    }

    @Override
    public String spelled(String columnDefinition) {
        return columnDefinition.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public String fold(String unquoted) {
        return unquoted.toUpperCase(Locale.ROOT);
    }

    @Override
    public Identity identity(String sqlType) {
        return Identity.of(Identity.Kind.BY_DEFAULT);
    }

    @Override
    public boolean sequenceGenerators() {
        return true;
    }

    @Override
    public String defaultIndexMethod() {
        return null;
    }

    /** H2 generates names like CONSTRAINT_8 for unnamed constraints; strata names them as PostgreSQL would. */
    @Override
    public String primaryKeyName(String table) {
        return fold(table + "_pkey");
    }

    @Override
    public boolean uniqueAsIndex() {
        return false;
    }
}
