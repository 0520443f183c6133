package dev.strata.codegen;

import java.util.List;

/**
 * A field as the API sees it: a basic field as is, a many-to-one reference as the referenced entity's id
 * ("album" becomes "albumId"). One-to-many lists are not part of the API's payloads.
 *
 * @param javaType a wrapper or reference type, never a primitive, so that every field can be absent
 */
record DtoField(String name, String javaType, boolean nullable, Integer length, Integer precision, Integer scale,
                boolean id, boolean generated, boolean defaulted, List<String> enumValues, String reference,
                String comment) {

    /**
     * The payload fields of an entity, in declaration order. A column mapped both as a basic field and by a
     * many-to-one (a key that is also a reference) is one payload field: the basic one, marked as a reference.
     */
    static List<DtoField> of(Entity entity, EntityModel model) {
        java.util.Set<String> basicColumns = new java.util.HashSet<>();
        java.util.Map<String, String> referenced = new java.util.HashMap<>();
        for (EntityField f : entity.columnFields()) {
            if (f.isManyToOne()) {
                referenced.putIfAbsent(f.column(), f.relationship().targetEntity());
            } else {
                basicColumns.add(f.column());
            }
        }
        return entity.columnFields().stream().filter(f -> !f.isManyToOne() || !basicColumns.contains(f.column()))
                .map(f -> of(f, model, referenced.get(f.column()))).toList();
    }

    private static DtoField of(EntityField field, EntityModel model, String reference) {
        if (!field.isManyToOne()) {
            return new DtoField(field.javaName(), boxed(field.javaType()), field.nullable(), field.length(),
                    field.precision(), field.scale(), field.id(), field.generated(), field.defaulted(),
                    field.enumValues(), reference, field.comment());
        }
        String target = field.relationship().targetEntity();
        String idType = idType(model, target, 0);
        return new DtoField(field.relationship().joinField(), idType, field.nullable(), null, null, null,
                field.id(), field.generated(), field.defaulted(), List.of(), target, field.comment());
    }

    /** The type of an entity's single key; a key that is itself a reference (a shared key) has its target's. */
    private static String idType(EntityModel model, String entity, int depth) {
        return model.entity(entity).filter(e -> e.idFields().size() == 1).map(e -> e.idFields().get(0))
                .map(id -> id.isManyToOne() && depth < 8 ? idType(model, id.relationship().targetEntity(), depth + 1)
                        : boxed(id.javaType()))
                .orElse("Long");
    }

    private static String boxed(String javaType) {
        switch (javaType) {
            case "boolean": return "Boolean";
            case "byte": return "Byte";
            case "short": return "Short";
            case "int": return "Integer";
            case "long": return "Long";
            case "float": return "Float";
            case "double": return "Double";
            case "char": return "Character";
            default: return javaType;
        }
    }

    /** A value a create request must carry: NOT NULL, and no default for the database to fill in. */
    boolean requiredOnCreate() {
        return !nullable && !defaulted;
    }

    /** The type written in a DTO: enum values travel as strings, the entity's Java enum lives in the user's code. */
    String dtoType() {
        return enumValues.isEmpty() ? javaType : "String";
    }
}
