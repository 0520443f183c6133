package dev.strata.dialect.postgres;

import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import dev.strata.model.QualifiedName;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps PostgreSQL's own type spelling ({@code format_type}) to strata's dialect-independent {@link DataType}.
 * See https://www.postgresql.org/docs/current/datatype.html for the names.
 */
public final class PostgresTypes {
    private static final Pattern MODIFIERS = Pattern.compile("^([a-z ]+?)\\s*(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?"
            + "(?: (with(?:out)? time zone))?$");
    private static final Map<String, Kind> SIMPLE = Map.ofEntries(
            Map.entry("boolean", Kind.BOOLEAN), Map.entry("smallint", Kind.SMALLINT),
            Map.entry("integer", Kind.INTEGER), Map.entry("bigint", Kind.BIGINT),
            Map.entry("real", Kind.REAL), Map.entry("double precision", Kind.DOUBLE),
            Map.entry("text", Kind.TEXT), Map.entry("bytea", Kind.BLOB), Map.entry("date", Kind.DATE),
            Map.entry("uuid", Kind.UUID), Map.entry("json", Kind.JSON), Map.entry("jsonb", Kind.JSONB),
            Map.entry("xml", Kind.XML), Map.entry("interval", Kind.INTERVAL),
            Map.entry("smallserial", Kind.SMALLINT), Map.entry("serial", Kind.INTEGER),
            Map.entry("bigserial", Kind.BIGINT));

    private PostgresTypes() {
    }

    /**
     * @param formatted the type as format_type spells it ("character varying(40)", "public.mood", "integer[]")
     * @param typtype   pg_type.typtype of the type ('b' base, 'e' enum, 'd' domain, 'c' composite, 'r' range), or
     *                  the element's for arrays; null when unknown
     */
    public static DataType normalize(String formatted, String typtype) {
        if (formatted.endsWith("[]")) {
            String element = formatted.substring(0, formatted.indexOf('['));
            return DataType.named(Kind.ARRAY, element);
        }
        if ("e".equals(typtype)) {
            return DataType.named(Kind.ENUM, formatted);
        }
        if ("d".equals(typtype)) {
            return DataType.named(Kind.DOMAIN, formatted);
        }
        Matcher m = MODIFIERS.matcher(formatted);
        if (!m.matches()) {
            return DataType.named(Kind.OTHER, formatted);
        }
        return builtin(m.group(1), integer(m.group(2)), integer(m.group(3)), m.group(4), formatted);
    }

    /** A user type's name as format_type spells it: schema-qualified, each part quoted where it needs to be. */
    public static String spelled(QualifiedName type) {
        return PgNames.qualified(type);
    }

    private static DataType builtin(String base, Integer first, Integer second, String zone, String formatted) {
        boolean tz = "with time zone".equals(zone);
        switch (base) {
            case "character varying":
                return DataType.sized(Kind.VARCHAR, first);
            case "character":
                return DataType.sized(Kind.CHAR, first);
            case "numeric":
                return DataType.numeric(first, second);
            case "bit":
                return DataType.sized(Kind.BIT, first);
            case "bit varying":
                return new DataType(Kind.BIT, first, null, null, "varying");
            case "timestamp":
                return new DataType(tz ? Kind.TIMESTAMP_TZ : Kind.TIMESTAMP, null, first, null, null);
            case "time":
                return new DataType(tz ? Kind.TIME_TZ : Kind.TIME, null, first, null, null);
            case "interval":
                return new DataType(Kind.INTERVAL, null, first, null, null);
            default:
                Kind kind = first == null && zone == null ? SIMPLE.get(base) : null;
                return kind == null ? DataType.named(Kind.OTHER, formatted) : DataType.of(kind);
        }
    }

    private static Integer integer(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
