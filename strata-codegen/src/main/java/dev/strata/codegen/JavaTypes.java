package dev.strata.codegen;

import dev.strata.model.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Default Java types for schema types, as sqlacodegen and hibernate-tools pick them (wrappers, java.time). */
final class JavaTypes {
    private static final Pattern QUOTED_VALUE = Pattern.compile("'((?:[^']|'')*)'");

    private JavaTypes() {
    }

    static String forType(DataType type) {
        switch (type.kind()) {
            case BOOLEAN: return "Boolean";
            case TINYINT: case SMALLINT: return "Short";
            case INTEGER: case YEAR: return "Integer";
            case BIGINT: return "Long";
            case DECIMAL: return "java.math.BigDecimal";
            case REAL: return "Float";
            case DOUBLE: return "Double";
            case BINARY: case VARBINARY: case BLOB: return "byte[]";
            case DATE: return "java.time.LocalDate";
            case TIME: return "java.time.LocalTime";
            case TIME_TZ: return "java.time.OffsetTime";
            case TIMESTAMP: return "java.time.LocalDateTime";
            case TIMESTAMP_TZ: return "java.time.OffsetDateTime";
            case UUID: return "java.util.UUID";
            default: return "String";
        }
    }

    /** The values of a MySQL inline enum as the database spells the type: {@code enum('a','b''c')}. */
    static List<String> inlineEnumValues(String spelledType) {
        List<String> values = new ArrayList<>();
        if (spelledType == null || !spelledType.toLowerCase(java.util.Locale.ROOT).startsWith("enum(")) {
            return values;
        }
        Matcher m = QUOTED_VALUE.matcher(spelledType);
        while (m.find()) {
            values.add(m.group(1).replace("''", "'"));
        }
        return values;
    }

    /** The simple name of a qualified, maybe generic type: "java.util.List&lt;Track&gt;" gives "List&lt;Track&gt;". */
    static String simpleName(String javaType) {
        int generic = javaType.indexOf('<');
        String raw = generic < 0 ? javaType : javaType.substring(0, generic);
        String rest = generic < 0 ? "" : javaType.substring(generic);
        return raw.substring(raw.lastIndexOf('.') + 1) + rest;
    }

    /** The import a type needs, or null for java.lang types, primitives and arrays of them. */
    static String importOf(String javaType) {
        int generic = javaType.indexOf('<');
        String raw = generic < 0 ? javaType : javaType.substring(0, generic);
        return raw.contains(".") ? raw.replace("[]", "") : null;
    }
}
