package dev.strata.dialect.mysql;

import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a MariaDB/MySQL COLUMN_TYPE ("smallint(5) unsigned", "varchar(45)", "enum('a','b')") to strata's
 * {@link DataType}. Display widths of integers are dropped (they do not change the range), {@code tinyint(1)} stays
 * TINYINT (it is a number to the server; only some drivers read it as boolean), and MariaDB's native {@code uuid}
 * maps to UUID. MariaDB's {@code json} is an alias for {@code longtext} with a json_valid CHECK
 * (https://mariadb.com/kb/en/json-data-type/); the inspector, which sees the check, decides that case.
 */
public final class MySqlTypes {
    private static final Pattern SHAPE = Pattern.compile("^([a-z0-9 ]+?)\\s*(?:\\(([^)]*)\\))?((?:\\s+\\w+)*)$");
    private static final Map<String, Kind> PLAIN = Map.ofEntries(
            Map.entry("bool", Kind.BOOLEAN), Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("tinyint", Kind.TINYINT), Map.entry("smallint", Kind.SMALLINT),
            Map.entry("mediumint", Kind.INTEGER), Map.entry("int", Kind.INTEGER), Map.entry("integer", Kind.INTEGER),
            Map.entry("bigint", Kind.BIGINT), Map.entry("float", Kind.REAL), Map.entry("double", Kind.DOUBLE),
            Map.entry("double precision", Kind.DOUBLE), Map.entry("real", Kind.DOUBLE),
            Map.entry("tinytext", Kind.TEXT), Map.entry("text", Kind.TEXT), Map.entry("mediumtext", Kind.CLOB),
            Map.entry("longtext", Kind.CLOB), Map.entry("tinyblob", Kind.BLOB), Map.entry("blob", Kind.BLOB),
            Map.entry("mediumblob", Kind.BLOB), Map.entry("longblob", Kind.BLOB), Map.entry("date", Kind.DATE),
            Map.entry("year", Kind.YEAR), Map.entry("json", Kind.JSON), Map.entry("uuid", Kind.UUID),
            Map.entry("bit", Kind.BIT));
    private static final Set<String> GEOMETRY = Set.of("geometry", "point", "linestring",
            "polygon", "multipoint", "multilinestring", "multipolygon", "geometrycollection");

    private MySqlTypes() {
    }

    /** The normalized type of a COLUMN_TYPE as the server spells it. */
    public static DataType normalize(String columnType) {
        String spelled = columnType.trim().toLowerCase(Locale.ROOT);
        if (spelled.startsWith("enum(")) {
            return DataType.named(Kind.ENUM, columnType.substring(4));
        }
        if (spelled.startsWith("set(")) {
            return DataType.named(Kind.SET, columnType.substring(3));
        }
        Matcher m = SHAPE.matcher(spelled);
        if (!m.matches()) {
            return DataType.named(Kind.OTHER, columnType);
        }
        return fromParts(m.group(1), m.group(2), columnType);
    }

    private static DataType fromParts(String base, String args, String spelled) {
        Integer first = args == null || args.isBlank() ? null : firstNumber(args);
        Integer second = args == null ? null : secondNumber(args);
        switch (base) {
            case "decimal", "numeric", "dec", "fixed":
                return DataType.numeric(first, second);
            case "char":
                return DataType.sized(Kind.CHAR, first);
            case "varchar":
                return DataType.sized(Kind.VARCHAR, first);
            case "binary":
                return DataType.sized(Kind.BINARY, first);
            case "varbinary":
                return DataType.sized(Kind.VARBINARY, first);
            case "time":
                return new DataType(Kind.TIME, null, first, null, null);
            case "datetime":
                return new DataType(Kind.TIMESTAMP, null, first, null, null);
            case "timestamp":
                // TIMESTAMP is stored in UTC and converted with the session time zone: an instant.
                return new DataType(Kind.TIMESTAMP_TZ, null, first, null, null);
            case "bit":
                return DataType.sized(Kind.BIT, first == null ? 1 : first);
            default:
                return plain(base, spelled);
        }
    }

    private static DataType plain(String base, String spelled) {
        Kind kind = PLAIN.get(base);
        if (kind != null) {
            return DataType.of(kind);
        }
        if (GEOMETRY.contains(base)) {
            return DataType.named(Kind.GEOMETRY, base);
        }
        return DataType.named(Kind.OTHER, spelled);
    }

    private static Integer firstNumber(String args) {
        String[] parts = args.split(",");
        return parse(parts[0]);
    }

    private static Integer secondNumber(String args) {
        String[] parts = args.split(",");
        return parts.length > 1 ? parse(parts[1]) : null;
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
