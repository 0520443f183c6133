package dev.strata.jpa.derive;

import dev.strata.codegen.Entity;
import dev.strata.codegen.EntityField;
import dev.strata.codegen.EntityModel;
import dev.strata.codegen.Relationship;
import dev.strata.codegen.SchemaEntities;
import dev.strata.jpa.read.InverseAttribute;
import dev.strata.jpa.read.ReadResult;
import dev.strata.jpa.read.SourceNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities as codegen's generators see them, taken from the user's entity sources: the schema the sources map
 * gives the types, sizes and keys; the sources give the class and field names, so that DTOs, the OpenAPI document
 * and the admin configuration follow the user's renamed classes, aliased columns and association names.
 */
public final class SourceEntityModels {
    private final SourceNames names;
    private final Map<String, String> classNames = new HashMap<>();
    /** Per (source-named) class: the derived name of each to-one field, to its source name. */
    private final Map<String, Map<String, String>> toOneNames = new HashMap<>();

    private SourceEntityModels(SourceNames names) {
        this.names = names;
    }

    public static EntityModel of(ReadResult read) {
        return new SourceEntityModels(read.names()).rename(SchemaEntities.derive(read.model()));
    }

    private EntityModel rename(EntityModel derived) {
        for (Entity e : derived.entities()) {
            classNames.put(e.className(), names.classes().getOrDefault(e.table(), e.className()));
        }
        List<Entity> columnsRenamed = new ArrayList<>();
        for (Entity e : derived.entities()) {
            columnsRenamed.add(renameColumnFields(e));
        }
        List<Entity> result = new ArrayList<>();
        for (Entity e : columnsRenamed) {
            result.add(new Entity(e.className(), e.table(), e.fields().stream().map(f -> f.isOneToMany()
                    ? renameInverse(e.className(), f) : f).toList(), e.comment()));
        }
        return new EntityModel(result);
    }

    private Entity renameColumnFields(Entity e) {
        String className = classNames.get(e.className());
        Map<String, String> attributes = names.attributes().getOrDefault(e.table(), Map.of());
        Map<String, String> toOne = toOneNames.computeIfAbsent(className, k -> new HashMap<>());
        List<EntityField> fields = new ArrayList<>();
        for (EntityField f : e.fields()) {
            if (f.column() == null) {
                fields.add(f);
                continue;
            }
            String name = attributes.getOrDefault(f.column(), f.javaName());
            if (f.isManyToOne()) {
                toOne.put(f.javaName(), name);
                String target = classNames.get(f.relationship().targetEntity());
                fields.add(field(f, name, target, Relationship.manyToOne(target, f.relationship().joinColumn())));
            } else {
                fields.add(field(f, name, f.javaType(), f.relationship()));
            }
        }
        return new Entity(className, e.table(), fields, e.comment());
    }

    private EntityField renameInverse(String className, EntityField f) {
        String target = classNames.get(f.relationship().targetEntity());
        String mappedBy = toOneNames.getOrDefault(target, Map.of())
                .getOrDefault(f.relationship().mappedBy(), f.relationship().mappedBy());
        String name = names.inverses().stream()
                .filter(i -> i.entity().equals(className) && i.target().equals(target) && i.mappedBy().equals(mappedBy))
                .map(InverseAttribute::attribute).findFirst().orElse(f.javaName());
        return field(f, name, "java.util.List<" + target + ">", Relationship.oneToMany(target, mappedBy));
    }

    private static EntityField field(EntityField f, String name, String type, Relationship relationship) {
        return new EntityField(name, type, f.column(), f.nullable(), f.length(), f.precision(), f.scale(), f.id(),
                f.generated(), f.enumValues(), relationship, f.comment());
    }
}
