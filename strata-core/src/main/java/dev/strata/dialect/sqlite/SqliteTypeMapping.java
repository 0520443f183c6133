package dev.strata.dialect.sqlite;

import dev.strata.dialect.TypeMapping;
import dev.strata.dialect.TypeSpec;
import dev.strata.model.Column;
import dev.strata.model.Identity;

import java.util.Locale;
import java.util.Optional;

/**
 * SQLite as Hibernate 6's community {@code SQLiteDialect} maps onto it. SQLite keeps the declared type text, so
 * types are spelled as Hibernate writes them; they normalize like strata's SQLite inspector does (common names,
 * then the affinity rules of https://www.sqlite.org/datatype3.html#determination_of_column_affinity).
 */
final class SqliteTypeMapping implements TypeMapping {
    /** SQLite reports the type names that are SQL keywords in upper case, everything else as declared. */
    private static final java.util.Set<String> KEYWORD_TYPES = java.util.Set.of("INTEGER", "INT", "REAL", "TEXT", "BLOB");

    @Override
    public String spelled(String columnDefinition) {
        String t = columnDefinition.trim();
        return KEYWORD_TYPES.contains(t.toUpperCase(Locale.ROOT)) ? t.toUpperCase(Locale.ROOT) : t;
    }

    @Override
    public String sqlType(TypeSpec s) {
        String declared = declared(s);
        return declared == null ? null : spelled(declared);
    }

    private String declared(TypeSpec s) {
        if (!s.enumValues().isEmpty()) {
            return "varchar(" + s.lengthOrDefault() + ")";
        }
        switch (s.javaType()) {
            case BOOLEAN: return "boolean";
            case BYTE: return "tinyint";
            case SHORT: return "smallint";
            case INTEGER: case YEAR: return "integer";
            case LONG: return "bigint";
            case FLOAT: case DOUBLE: return "float";
            case BIG_DECIMAL: return "numeric(" + s.precisionOrDefault() + "," + s.scaleOrDefault(2) + ")";
            case BIG_INTEGER: return "numeric(" + s.precisionOrDefault() + ",0)";
            case DURATION: return "numeric(21,0)";
            case STRING: return s.lob() ? "clob" : "varchar(" + s.lengthOrDefault() + ")";
            case CHARACTER: return "char(1)";
            case BYTES: case UUID: return "blob";
            case LOCAL_DATE: case SQL_DATE: return "date";
            case LOCAL_TIME: case OFFSET_TIME: case SQL_TIME: return "time(6)";
            case LOCAL_DATE_TIME: case SQL_TIMESTAMP: case UTIL_DATE: case OFFSET_DATE_TIME: case INSTANT:
            case ZONED_DATE_TIME: return "timestamp";
            default: return null;
        }
    }

    @Override
    public String fold(String unquoted) {
        return unquoted;
    }

    /** Hibernate declares an identity column {@code integer} in a primary key: SQLite's rowid alias. */
    @Override
    public Identity identity(String sqlType) {
        return Identity.of(Identity.Kind.ROWID);
    }

    /** Hibernate's SQLiteDialect declares identity keys integer: the rowid alias. */
    @Override
    public Optional<String> identityColumnType() {
        return Optional.of("INTEGER");
    }

    @Override
    public String defaultIndexMethod() {
        return null;
    }

    @Override
    public String primaryKeyName(String table) {
        return null;
    }

    /** https://www.sqlite.org/lang_createtable.html#rowid: an INTEGER PRIMARY KEY is an alias of the rowid. */
    @Override
    public Column implicitKeyIdentity(Column c) {
        if (!c.type().equalsIgnoreCase("INTEGER")) {
            return c;
        }
        return new Column(c.name(), c.type(), c.normalizedType(), c.nullable(), c.defaultValue(),
                Identity.of(Identity.Kind.ROWID), c.generated(), c.collation(), c.comment(), c.options());
    }

    @Override
    public boolean keepsComments() {
        return false;
    }

    @Override
    public boolean uniqueAsIndex() {
        return false;
    }
}
