package dev.strata.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The entities of a project as the generators see them: what the JPA module reads from entity sources, or what
 * {@link SchemaEntities} derives from a schema. Entities are sorted by class name so that equal inputs give equal
 * output.
 */
public record EntityModel(List<Entity> entities) {
    public EntityModel {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(Entity::className));
        entities = Collections.unmodifiableList(sorted);
    }

    public Optional<Entity> entity(String className) {
        return entities.stream().filter(e -> e.className().equals(className)).findFirst();
    }
}
