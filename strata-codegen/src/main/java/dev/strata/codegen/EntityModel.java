package dev.strata.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entities of a project as the generators see them: what the JPA module reads from entity sources, or what
 * {@link SchemaEntities} derives from a schema. Entities are sorted by class name so that equal inputs give equal
 * output.
 */
public final class EntityModel {
    private final List<Entity> entities;
    /** Looked up for every relationship a generator renders: a scan per lookup made 1,000 entities quadratic. */
    private final Map<String, Entity> byClassName;

    public EntityModel(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(Entity::className));
        this.entities = List.copyOf(sorted);
        this.byClassName = sorted.stream().collect(Collectors.toUnmodifiableMap(Entity::className,
                Function.identity(), (first, second) -> first));
    }

    public List<Entity> entities() {
        return entities;
    }

    public Optional<Entity> entity(String className) {
        return Optional.ofNullable(byClassName.get(className));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntityModel model && entities.equals(model.entities);
    }

    @Override
    public int hashCode() {
        return entities.hashCode();
    }

    @Override
    public String toString() {
        return "EntityModel" + entities;
    }
}
