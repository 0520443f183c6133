package dev.strata.codegen;

import dev.strata.model.QualifiedName;
import java.util.List;

/**
 * One entity class and the table it maps.
 *
 * @param className the simple class name ("InvoiceLine")
 * @param table     the mapped table
 * @param fields    persistent fields in declaration order (basic, id and relationship fields)
 * @param comment   the table's comment, or null
 */
public record Entity(String className, QualifiedName table, List<EntityField> fields, String comment) {
    public Entity {
        fields = List.copyOf(fields);
    }

    /** The identifier fields, in declaration order; empty for an entity without a primary key. */
    public List<EntityField> idFields() {
        return fields.stream().filter(EntityField::id).toList();
    }

    /** Fields stored in this entity's table: basic fields and many-to-one references, not one-to-many lists. */
    public List<EntityField> columnFields() {
        return fields.stream().filter(f -> !f.isOneToMany()).toList();
    }
}
