package dev.strata.dialect.mysql;

import dev.strata.dialect.TypeMapping;
import dev.strata.dialect.TypeSpec;
import dev.strata.model.Identity;

import java.util.stream.Collectors;

/**
 * MariaDB/MySQL as Hibernate 6's {@code MariaDBDialect} maps onto it, types spelled as
 * {@code information_schema.COLUMNS.COLUMN_TYPE} reports them on MariaDB 10.11 (display widths included).
 * Hibernate maps {@code @Enumerated(STRING)} to a native {@code enum(...)} whose values MariaDB lists sorted.
 */
final class MySqlTypeMapping implements TypeMapping {
    @Override
    public String sqlType(TypeSpec s) {
        if (!s.enumValues().isEmpty()) {
            return s.enumValues().stream().sorted().map(v -> "'" + v.replace("'", "''") + "'")
                    .collect(Collectors.joining(",", "enum(", ")"));
        }
        if (s.json()) {
            return "longtext";
        }
        switch (s.javaType()) {
            case BOOLEAN: return "bit(1)";
            case BYTE: return "tinyint(4)";
            case SHORT: return "smallint(6)";
            case INTEGER: case YEAR: return "int(11)";
            case LONG: return "bigint(20)";
            case FLOAT: return "float";
            case DOUBLE: return "double";
            case BIG_DECIMAL: return "decimal(" + s.precisionOrDefault() + "," + s.scaleOrDefault(2) + ")";
            case BIG_INTEGER: return "decimal(" + s.precisionOrDefault() + ",0)";
            case DURATION: return "decimal(21,0)";
            case STRING: return s.lob() ? "longtext" : "varchar(" + s.lengthOrDefault() + ")";
            case CHARACTER: return "char(1)";
            case BYTES: return s.lob() ? "longblob" : "varbinary(" + s.lengthOrDefault() + ")";
            case UUID: return "uuid";
            case LOCAL_DATE: case SQL_DATE: return "date";
            case LOCAL_TIME: case OFFSET_TIME: case SQL_TIME: return "time(6)";
            case LOCAL_DATE_TIME: case SQL_TIMESTAMP: case UTIL_DATE: case OFFSET_DATE_TIME: case INSTANT:
            case ZONED_DATE_TIME: return "datetime(6)";
            default: return null;
        }
    }

    @Override
    public String spelled(String columnDefinition) {
        return columnDefinition.trim().toLowerCase(java.util.Locale.ROOT).startsWith("enum(")
                || columnDefinition.trim().toLowerCase(java.util.Locale.ROOT).startsWith("set(")
                ? columnDefinition.trim() : columnDefinition.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String fold(String unquoted) {
        return unquoted;
    }

    @Override
    public Identity identity(String sqlType) {
        return Identity.of(Identity.Kind.AUTO_INCREMENT);
    }

    @Override
    public String defaultIndexMethod() {
        return "BTREE";
    }

    @Override
    public String primaryKeyName(String table) {
        return "PRIMARY";
    }

    /** MariaDB reports RESTRICT for an undeclared action (https://mariadb.com/kb/en/foreign-keys/). */
    @Override
    public String defaultForeignKeyAction() {
        return "RESTRICT";
    }

    @Override
    public String implicitDefault(boolean nullable) {
        return nullable ? "NULL" : null;
    }

    /** https://mariadb.com/kb/en/foreign-keys/: InnoDB adds an index named after the constraint when none fits. */
    @Override
    public boolean indexesForeignKeys() {
        return true;
    }

    @Override
    public boolean uniqueAsIndex() {
        return true;
    }
}
