package dev.strata.jpa.generate;

import dev.strata.dialect.TypeSpec;

/**
 * The Java side of one column: the field's type and what the mapping must add so that Hibernate (and strata's
 * reader) arrive at exactly the database's column type.
 *
 * @param javaType         the type as written in the field declaration ({@code BigDecimal}, {@code Mood}, {@code String[]})
 * @param importName       the import it needs, or null
 * @param spec             length, precision and scale to write
 * @param columnDefinition the database's type when the Java type alone does not lead to it, or null
 * @param namedEnum        the field is a Java enum for a PostgreSQL enum type
 * @param jdbcTypeCode     the {@code SqlTypes} constant of a {@code @JdbcTypeCode} the field needs ({@code JSON} for a
 *                         JSON column), or null
 */
record TypeChoice(String javaType, String importName, TypeSpec spec, String columnDefinition, boolean namedEnum,
                  String jdbcTypeCode) {
}
