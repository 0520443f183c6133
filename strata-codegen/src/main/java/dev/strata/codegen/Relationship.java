package dev.strata.codegen;

/**
 * An association between two entities.
 *
 * @param kind         many-to-one (the owning side, with a join column) or one-to-many (the inverse side)
 * @param targetEntity the class name of the entity at the other end
 * @param joinColumn   for many-to-one: the foreign key column in this entity's table; otherwise null
 * @param joinField    for many-to-one: the name of the foreign key's value in DTOs and the API (the entity's basic
 *                     field on the join column when it has one, else the name such a field would have); otherwise
 *                     null
 * @param mappedBy     for one-to-many: the many-to-one field of the target that owns the association; otherwise null
 */
public record Relationship(Kind kind, String targetEntity, String joinColumn, String joinField, String mappedBy) {
    public enum Kind { MANY_TO_ONE, ONE_TO_MANY }

    /** A many-to-one whose foreign key value is named after the column as the default naming names fields. */
    public static Relationship manyToOne(String targetEntity, String joinColumn) {
        return manyToOne(targetEntity, joinColumn, Words.camel(joinColumn));
    }

    public static Relationship manyToOne(String targetEntity, String joinColumn, String joinField) {
        return new Relationship(Kind.MANY_TO_ONE, targetEntity, joinColumn, joinField, null);
    }

    public static Relationship oneToMany(String targetEntity, String mappedBy) {
        return new Relationship(Kind.ONE_TO_MANY, targetEntity, null, null, mappedBy);
    }
}
