package dev.strata.dialect.postgres;

import dev.strata.dialect.TypeMapping;
import dev.strata.dialect.TypeSpec;
import dev.strata.model.Identity;
import dev.strata.model.QualifiedName;

import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL as Hibernate 6's {@code PostgreSQLDialect} maps onto it, types spelled as {@code format_type} reports
 * them (https://www.postgresql.org/docs/15/datatype.html). Measured with Hibernate 6.6 hbm2ddl on PostgreSQL 15.
 */
final class PostgresTypeMapping implements TypeMapping {
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

    /** pgjdbc reports a character(n) column's TYPE_NAME as {@code bpchar}, the type's internal name. */
    @Override
    public boolean namesCharDifferently() {
        return true;
    }

    @Override
    public String fold(String unquoted) {
        return unquoted.toLowerCase(Locale.ROOT);
    }

    @Override
    public Identity identity(String sqlType) {
        return Identity.of(Identity.Kind.BY_DEFAULT);
    }

    /** A serial column is an identity whose default is {@code nextval(...)} of its owned sequence. */
    @Override
    public Identity identityWithDefault(Identity generated, String defaultValue) {
        return generated != null && defaultValue != null && defaultValue.startsWith("nextval(")
                ? Identity.of(Identity.Kind.SERIAL) : generated;
    }

    @Override
    public boolean sequenceGenerators() {
        return true;
    }

    /** pgjdbc reports a domain column's type by the domain's name, which format_type spells as here. */
    @Override
    public Optional<String> domainColumnType(QualifiedName domain) {
        return Optional.of(PostgresTypes.spelled(domain));
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
    public boolean uniqueAsIndex() {
        return false;
    }

    /** PostgreSQL truncates identifiers to NAMEDATALEN - 1 = 63 bytes. */
    private static String truncate(String name) {
        return name.length() <= 63 ? name : name.substring(0, 63);
    }
}
