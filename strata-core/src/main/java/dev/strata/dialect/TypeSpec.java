package dev.strata.dialect;

import java.util.List;

/**
 * What an entity field says about its column's type, as JPA and Hibernate read it.
 *
 * @param javaType   the field's basic type (for an enum: {@link JavaType#STRING} or {@link JavaType#SHORT})
 * @param length     {@code @Column(length)}, or null for the default (255)
 * @param precision  {@code @Column(precision)}, or null
 * @param scale      {@code @Column(scale)}, or null
 * @param lob        {@code @Lob}
 * @param enumValues for an {@code @Enumerated(STRING)} enum: its constants in declaration order; otherwise empty
 * @param ordinal    for an {@code @Enumerated(ORDINAL)} enum (or an enum without {@code @Enumerated})
 * @param json       {@code @JdbcTypeCode(SqlTypes.JSON)}
 */
public record TypeSpec(JavaType javaType, Integer length, Integer precision, Integer scale, boolean lob,
                       List<String> enumValues, boolean ordinal, boolean json) {
    public TypeSpec {
        enumValues = List.copyOf(enumValues);
    }

    public static TypeSpec of(JavaType javaType) {
        return new TypeSpec(javaType, null, null, null, false, List.of(), false, false);
    }

    public int lengthOrDefault() {
        return length == null ? 255 : length;
    }

    public int precisionOrDefault() {
        return precision == null || precision == 0 ? 38 : precision;
    }

    public int scaleOrDefault(int fallback) {
        return scale == null ? fallback : scale;
    }
}
