package dev.strata.dialect;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The basic Java types an entity field may have, with the import each needs and its primitive spelling. */
public enum JavaType {
    BOOLEAN("Boolean", null, "boolean"), BYTE("Byte", null, "byte"), SHORT("Short", null, "short"),
    INTEGER("Integer", null, "int"), LONG("Long", null, "long"), FLOAT("Float", null, "float"),
    DOUBLE("Double", null, "double"), BIG_DECIMAL("BigDecimal", "java.math.BigDecimal", null),
    BIG_INTEGER("BigInteger", "java.math.BigInteger", null), STRING("String", null, null),
    CHARACTER("Character", null, "char"), BYTES("byte[]", null, null), UUID("UUID", "java.util.UUID", null),
    LOCAL_DATE("LocalDate", "java.time.LocalDate", null), LOCAL_TIME("LocalTime", "java.time.LocalTime", null),
    OFFSET_TIME("OffsetTime", "java.time.OffsetTime", null),
    LOCAL_DATE_TIME("LocalDateTime", "java.time.LocalDateTime", null),
    OFFSET_DATE_TIME("OffsetDateTime", "java.time.OffsetDateTime", null),
    INSTANT("Instant", "java.time.Instant", null), ZONED_DATE_TIME("ZonedDateTime", "java.time.ZonedDateTime", null),
    DURATION("Duration", "java.time.Duration", null), YEAR("Year", "java.time.Year", null),
    SQL_DATE("Date", "java.sql.Date", null), SQL_TIME("Time", "java.sql.Time", null),
    SQL_TIMESTAMP("Timestamp", "java.sql.Timestamp", null), UTIL_DATE("Date", "java.util.Date", null),
    /** An array of a basic type ({@code String[]}, {@code Integer[]}), mapped to a SQL array. */
    ARRAY("[]", null, null);

    private static final Map<String, JavaType> BY_SPELLING = new HashMap<>();

    static {
        for (JavaType t : values()) {
            if (t == ARRAY || t == SQL_DATE || t == UTIL_DATE) {
                continue;
            }
            BY_SPELLING.put(t.simpleName, t);
            if (t.primitive != null) {
                BY_SPELLING.put(t.primitive, t);
            }
            BY_SPELLING.put(t.qualifiedName(), t);
        }
        BY_SPELLING.put("Byte[]", BYTES);
        BY_SPELLING.put("java.sql.Date", SQL_DATE);
        BY_SPELLING.put("java.util.Date", UTIL_DATE);
    }

    private final String simpleName;
    private final String importName;
    private final String primitive;

    JavaType(String simpleName, String importName, String primitive) {
        this.simpleName = simpleName;
        this.importName = importName;
        this.primitive = primitive;
    }

    /** The type as written in a source file; {@code Date} resolves by the file's imports ({@code importsSqlDate}). */
    public static Optional<JavaType> of(String spelled, boolean importsSqlDate) {
        if (spelled.equals("Date")) {
            return Optional.of(importsSqlDate ? SQL_DATE : UTIL_DATE);
        }
        JavaType t = BY_SPELLING.get(spelled);
        if (t == null && spelled.endsWith("[]") && BY_SPELLING.containsKey(spelled.substring(0, spelled.length() - 2))) {
            return Optional.of(ARRAY);
        }
        return Optional.ofNullable(t);
    }

    public String simpleName() {
        return simpleName;
    }

    /** The import the type needs, or null for java.lang and primitives. */
    public String importName() {
        return importName;
    }

    public boolean isPrimitive(String spelled) {
        return spelled.equals(primitive);
    }

    private String qualifiedName() {
        return importName != null ? importName : "java.lang." + simpleName;
    }
}
