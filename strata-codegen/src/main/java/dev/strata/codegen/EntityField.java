package dev.strata.codegen;

import java.util.List;

/**
 * A persistent field of an entity.
 *
 * @param javaName     the field name ("unitPrice")
 * @param javaType     the declared type: a simple name for java.lang types and entities ("String", "Integer",
 *                     "Album"), a qualified name otherwise ("java.math.BigDecimal", "java.util.List&lt;Track&gt;")
 * @param column       the column name, or null for a one-to-many field
 * @param nullable     whether the column accepts NULL
 * @param length       the character length limit, or null
 * @param precision    the numeric precision, or null
 * @param scale        the numeric scale, or null
 * @param id           part of the primary key
 * @param generated    the database or JPA provider assigns the value (identity, sequence, generated column)
 * @param defaulted    the column has a default, so the database fills it in when an insert leaves it out
 * @param enumValues   the allowed values of an enum column, in declared order; empty otherwise
 * @param relationship the association this field maps, or null for a basic field
 * @param comment      the column's comment, or null
 */
public record EntityField(String javaName, String javaType, String column, boolean nullable, Integer length,
                          Integer precision, Integer scale, boolean id, boolean generated, boolean defaulted,
                          List<String> enumValues,
                          Relationship relationship, String comment) {
    public EntityField {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    /** A basic (non-relationship) field without size limits or comment. */
    public static EntityField basic(String javaName, String javaType, String column, boolean nullable) {
        return new EntityField(javaName, javaType, column, nullable, null, null, null, false, false, false, List.of(),
                null, null);
    }

    public boolean isManyToOne() {
        return relationship != null && relationship.kind() == Relationship.Kind.MANY_TO_ONE;
    }

    public boolean isOneToMany() {
        return relationship != null && relationship.kind() == Relationship.Kind.ONE_TO_MANY;
    }
}
