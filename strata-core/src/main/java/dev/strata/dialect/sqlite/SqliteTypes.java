package dev.strata.dialect.sqlite;

import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a declared SQLite column type to a {@link DataType}: common type names first, then SQLite's affinity rules
 * for anything else (https://www.sqlite.org/datatype3.html#determination_of_column_affinity).
 */
final class SqliteTypes {
    private static final Pattern SHAPE = Pattern.compile("^\\s*([^(]*?)\\s*(?:\\(\\s*([+-]?\\d+)\\s*(?:,\\s*([+-]?\\d+)\\s*)?\\))?\\s*$");

    private static final Map<String, Kind> COMMON = Map.ofEntries(
            Map.entry("INT", Kind.INTEGER), Map.entry("INTEGER", Kind.INTEGER), Map.entry("MEDIUMINT", Kind.INTEGER),
            Map.entry("TINYINT", Kind.TINYINT), Map.entry("SMALLINT", Kind.SMALLINT), Map.entry("INT2", Kind.SMALLINT),
            Map.entry("BIGINT", Kind.BIGINT), Map.entry("INT8", Kind.BIGINT), Map.entry("UNSIGNED BIG INT", Kind.BIGINT),
            Map.entry("CHARACTER", Kind.CHAR), Map.entry("CHAR", Kind.CHAR), Map.entry("NCHAR", Kind.CHAR),
            Map.entry("NATIVE CHARACTER", Kind.CHAR), Map.entry("VARCHAR", Kind.VARCHAR),
            Map.entry("VARYING CHARACTER", Kind.VARCHAR), Map.entry("CHARACTER VARYING", Kind.VARCHAR),
            Map.entry("NVARCHAR", Kind.VARCHAR), Map.entry("TEXT", Kind.TEXT), Map.entry("CLOB", Kind.CLOB),
            Map.entry("BLOB", Kind.BLOB), Map.entry("REAL", Kind.DOUBLE), Map.entry("DOUBLE", Kind.DOUBLE),
            Map.entry("DOUBLE PRECISION", Kind.DOUBLE), Map.entry("FLOAT", Kind.DOUBLE),
            Map.entry("NUMERIC", Kind.DECIMAL), Map.entry("DECIMAL", Kind.DECIMAL),
            Map.entry("BOOLEAN", Kind.BOOLEAN), Map.entry("BOOL", Kind.BOOLEAN), Map.entry("DATE", Kind.DATE),
            Map.entry("DATETIME", Kind.TIMESTAMP), Map.entry("TIMESTAMP", Kind.TIMESTAMP), Map.entry("TIME", Kind.TIME),
            Map.entry("JSON", Kind.JSON), Map.entry("UUID", Kind.UUID), Map.entry("YEAR", Kind.YEAR));

    private SqliteTypes() {
    }

    static DataType normalize(String declared) {
        String spelled = declared == null ? "" : declared.trim();
        Matcher m = SHAPE.matcher(spelled);
        if (!m.matches()) {
            return byAffinity(spelled.toUpperCase(Locale.ROOT));
        }
        String base = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (base.equals("ANY")) {
            // STRICT tables' ANY: no affinity, values kept as given (https://www.sqlite.org/stricttables.html)
            return DataType.named(Kind.OTHER, "ANY");
        }
        Kind kind = COMMON.get(base);
        if (kind == null) {
            return byAffinity(base);
        }
        return switch (kind) {
            case CHAR, VARCHAR, BINARY, VARBINARY -> DataType.sized(kind, first);
            case DECIMAL -> DataType.numeric(first, second);
            default -> DataType.of(kind);
        };
    }

    /** The five affinity rules, in SQLite's order. */
    private static DataType byAffinity(String upper) {
        if (upper.contains("INT")) {
            return DataType.of(Kind.INTEGER);
        }
        if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
            return DataType.of(Kind.TEXT);
        }
        if (upper.isEmpty() || upper.contains("BLOB")) {
            return DataType.of(Kind.BLOB);
        }
        if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
            return DataType.of(Kind.DOUBLE);
        }
        return DataType.numeric(null, null);
    }
}
