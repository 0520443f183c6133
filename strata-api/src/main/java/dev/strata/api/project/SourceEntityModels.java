package dev.strata.api.project;

import dev.strata.codegen.Entity;
import dev.strata.codegen.EntityField;
import dev.strata.codegen.EntityModel;
import dev.strata.codegen.Relationship;
import dev.strata.codegen.SchemaEntities;
import dev.strata.dialect.JavaType;
import dev.strata.naming.ArtifactNaming;
import dev.strata.jpa.read.InverseAttribute;
import dev.strata.jpa.read.ReadResult;
import dev.strata.jpa.read.SourceNames;
import dev.strata.model.QualifiedName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entities as codegen's generators see them, taken from the user's entity sources: the schema the sources map
 * gives the types, sizes and keys; the sources give every name (classes, basic fields, to-one associations and their
 * inverse collections), so that DTOs, the OpenAPI document and the admin configuration name what the entity classes
 * declare, renamed classes, aliased columns and association names included. Nothing is named here a second time,
 * except the API name of a foreign key that no basic field maps: the name the entity generator gives a column.
 */
public final class SourceEntityModels {
    /** The entity generator's naming: what a basic field on a join column would be called. */
    private static final ArtifactNaming NAMING = ArtifactNaming.standard();

    private final SourceNames names;
    private final Map<String, String> classNames = new HashMap<>();
    private final Map<QualifiedName, Entity> columnsOnly = new HashMap<>();

    private SourceEntityModels(SourceNames names) {
        this.names = names;
    }

    public static EntityModel of(ReadResult read) {
        SourceEntityModels models = new SourceEntityModels(read.names());
        SchemaEntities.deriveColumns(read.model()).entities().forEach(e -> models.columnsOnly.put(e.table(), e));
        return models.rename(SchemaEntities.derive(read.model()));
    }

    private EntityModel rename(EntityModel derived) {
        for (Entity e : derived.entities()) {
            classNames.put(e.className(), names.classes().getOrDefault(e.table(), e.className()));
        }
        // Looked up per entity: a scan of every inverse for each of 1,000 entities was quadratic.
        Set<String> classes = new HashSet<>(classNames.values());
        Map<String, List<InverseAttribute>> inversesByEntity = names.inverses().stream()
                .filter(i -> classes.contains(i.target()))
                .collect(Collectors.groupingBy(InverseAttribute::entity));
        List<Entity> result = new ArrayList<>();
        for (Entity e : derived.entities()) {
            String className = classNames.get(e.className());
            List<EntityField> fields = columnFields(e);
            fields.addAll(inverses(inversesByEntity.getOrDefault(className, List.of())));
            result.add(new Entity(className, e.table(), fields, e.comment()));
        }
        return new EntityModel(result);
    }

    /**
     * Per column the basic field the source declares on it, and the to-one association whose join column it is:
     * one of them or both (a key column that is also a reference).
     */
    private List<EntityField> columnFields(Entity e) {
        Map<String, String> attributes = names.attributes().getOrDefault(e.table(), Map.of());
        Map<String, String> associations = names.associations().getOrDefault(e.table(), Map.of());
        Map<String, String> declared = names.types().getOrDefault(e.table(), Map.of());
        List<EntityField> fields = new ArrayList<>();
        for (EntityField f : e.columnFields()) {
            String association = associations.get(f.column());
            String basic = attributes.get(f.column());
            boolean basicDeclared = basic != null && !basic.equals(association);
            if (!f.isManyToOne() || association == null) {
                fields.add(typed(renamed(columnOnly(e, f), basicDeclared ? basic : f.javaName(), null), declared));
                continue;
            }
            if (basicDeclared) {
                fields.add(typed(renamed(columnOnly(e, f), basic, null), declared));
            }
            String target = classNames.get(f.relationship().targetEntity());
            String joinField = basicDeclared ? basic : NAMING.field(f.column());
            fields.add(new EntityField(association, target, f.column(), f.nullable(), null, null, null,
                    f.id() && !basicDeclared, false, f.defaulted(), List.of(),
                    Relationship.manyToOne(target, f.column(), joinField), f.comment()));
        }
        return fields;
    }

    /** The field of a column as a basic field, whatever foreign key it belongs to. */
    private EntityField columnOnly(Entity e, EntityField f) {
        return columnsOnly.get(e.table()).columnFields().stream().filter(c -> c.column().equals(f.column()))
                .findFirst().orElse(f);
    }

    /** The inverse collections a class declares (those whose target is an entity), by their attribute names. */
    private static List<EntityField> inverses(List<InverseAttribute> declared) {
        List<EntityField> fields = new ArrayList<>();
        for (InverseAttribute i : declared) {
            fields.add(new EntityField(i.attribute(), "java.util.List<" + i.target() + ">", null, true, null,
                    null, null, false, false, false, List.of(), Relationship.oneToMany(i.target(), i.mappedBy()), null));
        }
        fields.sort(Comparator.comparing(EntityField::javaName));
        return fields;
    }

    /**
     * The schema gives no Java type for a column of a type it does not know (a PostgreSQL domain, read back by its
     * name): the entity's declared one, when it is a plain value type.
     */
    private static EntityField typed(EntityField f, Map<String, String> declared) {
        if (!f.javaType().equals("String") || !declared.containsKey(f.column())) {
            return f;
        }
        return JavaType.of(declared.get(f.column()), false)
                .filter(t -> t != JavaType.STRING && t != JavaType.ARRAY && t != JavaType.BYTES)
                .map(t -> new EntityField(f.javaName(), t.importName() != null ? t.importName() : t.simpleName(),
                        f.column(), f.nullable(), null, f.precision(), f.scale(), f.id(), f.generated(), f.defaulted(),
                        f.enumValues(), f.relationship(), f.comment()))
                .orElse(f);
    }

    private static EntityField renamed(EntityField f, String name, Relationship relationship) {
        return new EntityField(name, f.javaType(), f.column(), f.nullable(), f.length(), f.precision(), f.scale(),
                f.id(), f.generated(), f.defaulted(), f.enumValues(), relationship, f.comment());
    }
}
