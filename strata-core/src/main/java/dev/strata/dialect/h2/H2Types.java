package dev.strata.dialect.h2;

import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Spells an H2 2.x column type from the INFORMATION_SCHEMA type columns (DATA_TYPE, lengths, DECLARED_DATA_TYPE,
 * ELEMENT_TYPES for arrays, ENUM_VALUES for enums) and maps it to a {@link DataType}.
 * Types and their defaults: https://h2database.com/html/datatypes.html
 */
final class H2Types {
    private static final Map<String, Kind> SPELLED_KINDS = Map.ofEntries(Map.entry("boolean", Kind.BOOLEAN),
            Map.entry("tinyint", Kind.TINYINT), Map.entry("smallint", Kind.SMALLINT), Map.entry("integer", Kind.INTEGER),
            Map.entry("bigint", Kind.BIGINT), Map.entry("numeric", Kind.DECIMAL), Map.entry("decimal", Kind.DECIMAL),
            Map.entry("real", Kind.REAL), Map.entry("double precision", Kind.DOUBLE), Map.entry("character", Kind.CHAR),
            Map.entry("character varying", Kind.VARCHAR), Map.entry("character large object", Kind.CLOB),
            Map.entry("binary", Kind.BINARY), Map.entry("binary varying", Kind.VARBINARY),
            Map.entry("binary large object", Kind.BLOB), Map.entry("date", Kind.DATE), Map.entry("time", Kind.TIME),
            Map.entry("time with time zone", Kind.TIME_TZ), Map.entry("timestamp", Kind.TIMESTAMP),
            Map.entry("timestamp with time zone", Kind.TIMESTAMP_TZ), Map.entry("uuid", Kind.UUID),
            Map.entry("json", Kind.JSON), Map.entry("enum", Kind.ENUM), Map.entry("interval", Kind.INTERVAL),
            Map.entry("varchar_ignorecase", Kind.VARCHAR), Map.entry("geometry", Kind.GEOMETRY));
    /** An array as H2 spells it: the element type, then ARRAY with an optional maximum cardinality. */
    private static final Pattern ARRAY = Pattern.compile("(?is)(.+?)\\s+ARRAY(?:\\s*\\[\\s*\\d+\\s*])?");
    /** A domain column's type as H2 spells it: the domain's quoted, schema-qualified name. */
    private static final Pattern DOMAIN = Pattern.compile("\"((?:[^\"]|\"\")*)\"\\.\"((?:[^\"]|\"\")*)\"");
    /** The length H2 reports for a CHARACTER VARYING / JSON declared without one. */
    private static final long DEFAULT_VARYING_LENGTH = 1_000_000_000L;

    private H2Types() {
    }

    /** The type's element (arrays) and values (enums) of one object, keyed by DTD identifier. */
    record Lookups(Map<String, H2Row> elements, Map<String, List<String>> enumValues) {
    }

    static String spell(H2Row r, Lookups lookups) {
        if (r.str("DOMAIN_NAME") != null) {
            return H2Ddl.qualified(r.str("DOMAIN_SCHEMA"), r.str("DOMAIN_NAME"));
        }
        String type = r.str("DATA_TYPE");
        return switch (type) {
            case "CHARACTER VARYING", "VARCHAR_IGNORECASE", "BINARY VARYING", "JSON" -> withLength(type, r,
                    DEFAULT_VARYING_LENGTH);
            case "CHARACTER", "BINARY" -> withLength(type, r, -1);
            case "CHARACTER LARGE OBJECT", "BINARY LARGE OBJECT" -> withLength(type, r, Long.MAX_VALUE);
            case "NUMERIC", "DECFLOAT" -> numeric(r);
            case "DOUBLE PRECISION", "REAL" -> floating(r, type);
            case "TIME", "TIME WITH TIME ZONE" -> datetime(type, r, 0);
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> datetime(type, r, 6);
            case "INTERVAL" -> interval(r);
            case "ENUM" -> enumType(r, lookups);
            case "ARRAY" -> array(r, lookups);
            default -> type;
        };
    }

    private static String withLength(String type, H2Row r, long defaultLength) {
        Long length = r.number("CHARACTER_MAXIMUM_LENGTH");
        return length == null || length == defaultLength ? type : type + "(" + length + ")";
    }

    private static String numeric(H2Row r) {
        String declared = r.str("DECLARED_DATA_TYPE") == null ? r.str("DATA_TYPE") : r.str("DECLARED_DATA_TYPE");
        Integer precision = r.integer("DECLARED_NUMERIC_PRECISION");
        Integer scale = r.integer("DECLARED_NUMERIC_SCALE");
        if (precision == null) {
            return declared;
        }
        return declared + "(" + precision + (scale == null || scale == 0 ? "" : ", " + scale) + ")";
    }

    /** FLOAT(p) is reported as REAL or DOUBLE PRECISION with the declared name and precision kept. */
    private static String floating(H2Row r, String type) {
        String declared = r.str("DECLARED_DATA_TYPE");
        Integer precision = r.integer("DECLARED_NUMERIC_PRECISION");
        if ("FLOAT".equals(declared)) {
            return precision == null ? "FLOAT" : "FLOAT(" + precision + ")";
        }
        return declared == null ? type : declared;
    }

    private static String datetime(String type, H2Row r, int defaultPrecision) {
        Integer precision = r.integer("DATETIME_PRECISION");
        if (precision == null || precision == defaultPrecision) {
            return type;
        }
        int space = type.indexOf(' ');
        String base = space < 0 ? type : type.substring(0, space);
        return base + "(" + precision + ")" + (space < 0 ? "" : type.substring(space));
    }

    /** INTERVAL leading precision defaults to 2, fractional seconds to 6. */
    private static String interval(H2Row r) {
        String fields = r.str("INTERVAL_TYPE");
        Integer leading = r.integer("INTERVAL_PRECISION");
        Integer fraction = r.integer("DATETIME_PRECISION");
        String[] parts = fields.split(" TO ");
        String first = parts[0] + (leading != null && leading != 2 ? "(" + leading + ")" : "");
        boolean seconds = fields.endsWith("SECOND");
        String fractionText = seconds && fraction != null && fraction != 6 ? "(" + fraction + ")" : "";
        if (parts.length == 1) {
            return "INTERVAL " + (seconds && !fractionText.isEmpty()
                    ? "SECOND(" + (leading == null ? 2 : leading) + ", " + fraction + ")" : first);
        }
        return "INTERVAL " + first + " TO " + parts[1] + fractionText;
    }

    private static String enumType(H2Row r, Lookups lookups) {
        List<String> values = lookups.enumValues().getOrDefault(r.str("DTD_IDENTIFIER"), List.of());
        return "ENUM(" + values.stream().map(H2Ddl::literal).collect(Collectors.joining(", ")) + ")";
    }

    /** ARRAY's element type is a row of ELEMENT_TYPES; 65536 is the default maximum cardinality. */
    private static String array(H2Row r, Lookups lookups) {
        H2Row element = lookups.elements().get(r.str("DTD_IDENTIFIER"));
        String elementType = element == null ? "CHARACTER VARYING" : spell(element, lookups);
        Long cardinality = r.number("MAXIMUM_CARDINALITY");
        return elementType + " ARRAY" + (cardinality == null || cardinality == 65536 ? "" : "[" + cardinality + "]");
    }

    static DataType normalize(H2Row r, Lookups lookups) {
        if (r.str("DOMAIN_NAME") != null) {
            return DataType.named(Kind.DOMAIN, r.str("DOMAIN_SCHEMA") + "." + r.str("DOMAIN_NAME"));
        }
        String type = r.str("DATA_TYPE");
        Long declaredLength = r.number("CHARACTER_MAXIMUM_LENGTH");
        Integer length = declaredLength == null || declaredLength >= DEFAULT_VARYING_LENGTH ? null
                : declaredLength.intValue();
        return switch (type) {
            case "BOOLEAN" -> DataType.of(Kind.BOOLEAN);
            case "TINYINT" -> DataType.of(Kind.TINYINT);
            case "SMALLINT" -> DataType.of(Kind.SMALLINT);
            case "INTEGER" -> DataType.of(Kind.INTEGER);
            case "BIGINT" -> DataType.of(Kind.BIGINT);
            case "NUMERIC", "DECFLOAT" -> DataType.numeric(r.integer("DECLARED_NUMERIC_PRECISION"),
                    r.integer("DECLARED_NUMERIC_SCALE"));
            case "REAL" -> DataType.of(Kind.REAL);
            case "DOUBLE PRECISION" -> DataType.of(Kind.DOUBLE);
            case "CHARACTER" -> DataType.sized(Kind.CHAR, length);
            case "CHARACTER VARYING", "VARCHAR_IGNORECASE" -> DataType.sized(Kind.VARCHAR, length);
            case "CHARACTER LARGE OBJECT" -> DataType.of(Kind.CLOB);
            case "BINARY" -> DataType.sized(Kind.BINARY, length);
            case "BINARY VARYING" -> DataType.sized(Kind.VARBINARY, length);
            case "BINARY LARGE OBJECT" -> DataType.of(Kind.BLOB);
            case "DATE" -> DataType.of(Kind.DATE);
            case "TIME" -> timed(Kind.TIME, r);
            case "TIME WITH TIME ZONE" -> timed(Kind.TIME_TZ, r);
            case "TIMESTAMP" -> timed(Kind.TIMESTAMP, r);
            case "TIMESTAMP WITH TIME ZONE" -> timed(Kind.TIMESTAMP_TZ, r);
            case "INTERVAL" -> DataType.of(Kind.INTERVAL);
            case "UUID" -> DataType.of(Kind.UUID);
            case "JSON" -> DataType.of(Kind.JSON);
            case "ENUM" -> DataType.of(Kind.ENUM);
            case "ARRAY" -> DataType.named(Kind.ARRAY, elementName(r, lookups));
            case "GEOMETRY" -> DataType.of(Kind.GEOMETRY);
            default -> DataType.named(Kind.OTHER, type);
        };
    }

    private static String elementName(H2Row r, Lookups lookups) {
        H2Row element = lookups.elements().get(r.str("DTD_IDENTIFIER"));
        return element == null ? "unknown" : spell(element, lookups);
    }

    private static DataType timed(Kind kind, H2Row r) {
        return new DataType(kind, null, r.integer("DATETIME_PRECISION"), null, null);
    }

    /**
     * The normalized type of a type as H2 spells it ({@code CHARACTER VARYING(255)}), for models that come from
     * elsewhere than the catalog rows {@link #normalize(H2Row, Lookups)} reads.
     */
    static DataType normalize(String type) {
        String upper = type.trim().toUpperCase(Locale.ROOT);
        if (upper.startsWith("ENUM(")) {
            return DataType.of(Kind.ENUM);
        }
        if (upper.startsWith("INTERVAL")) {
            return DataType.of(Kind.INTERVAL);
        }
        Matcher array = ARRAY.matcher(type.trim());
        if (array.matches()) {
            return DataType.named(Kind.ARRAY, array.group(1).trim());
        }
        Matcher domain = DOMAIN.matcher(type.trim());
        if (domain.matches()) {
            return DataType.named(Kind.DOMAIN, domain.group(1).replace("\"\"", "\"") + "."
                    + domain.group(2).replace("\"\"", "\""));
        }
        TypeShape shape = TypeShape.parse(type);
        if (shape.base().equals("float")) {
            // FLOAT(p) is REAL up to 24 bits of precision, DOUBLE PRECISION above and without p
            return DataType.of(shape.first() != null && shape.first() <= 24 ? Kind.REAL : Kind.DOUBLE);
        }
        Kind kind = SPELLED_KINDS.get(shape.base());
        if (kind == null) {
            return DataType.named(Kind.OTHER, type.trim());
        }
        switch (kind) {
            case CHAR: case VARCHAR: case BINARY: case VARBINARY: return DataType.sized(kind, shape.first());
            case DECIMAL: return DataType.numeric(shape.first(), shape.second());
            case TIME: case TIME_TZ:
                return new DataType(kind, null, shape.first() == null ? 0 : shape.first(), null, null);
            case TIMESTAMP: case TIMESTAMP_TZ:
                return new DataType(kind, null, shape.first() == null ? 6 : shape.first(), null, null);
            default: return DataType.of(kind);
        }
    }
}
