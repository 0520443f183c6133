package dev.strata.model;

/**
 * A column type in strata's dialect-independent vocabulary, so that {@code int4}, {@code integer} and
 * {@code INT(11)} compare equal and code generation can pick a Java type.
 *
 * @param kind      the family
 * @param length    character or binary length, or null
 * @param precision numeric precision or fractional-second precision, or null
 * @param scale     numeric scale, or null
 * @param name      for {@link Kind#ENUM}, {@link Kind#DOMAIN}, {@link Kind#ARRAY} and {@link Kind#OTHER}: the type
 *                  name (element type for arrays); otherwise null
 */
public record DataType(Kind kind, Integer length, Integer precision, Integer scale, String name) {
    public enum Kind {
        BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE,
        CHAR, VARCHAR, TEXT, CLOB, BINARY, VARBINARY, BLOB,
        DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, INTERVAL, YEAR,
        UUID, JSON, JSONB, XML, BIT, ENUM, SET, ARRAY, DOMAIN, GEOMETRY, OTHER
    }

    public static DataType of(Kind kind) {
        return new DataType(kind, null, null, null, null);
    }

    public static DataType sized(Kind kind, Integer length) {
        return new DataType(kind, length, null, null, null);
    }

    public static DataType numeric(Integer precision, Integer scale) {
        return new DataType(Kind.DECIMAL, null, precision, scale, null);
    }

    public static DataType named(Kind kind, String name) {
        return new DataType(kind, null, null, null, name);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT));
        if (name != null) {
            sb.append(' ').append(name);
        }
        if (length != null) {
            sb.append('(').append(length).append(')');
        } else if (precision != null) {
            sb.append('(').append(precision);
            if (scale != null) {
                sb.append(',').append(scale);
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
