package dev.strata.spring.rest;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * One entity served at {@code /<path>}: its key fields (in declaration order, as the OpenAPI paths list them), the
 * DTO records, every DTO component bound to the entity, the relationships {@code include} can embed, and the field
 * that labels a record when it is embedded as a parent.
 */
record RestResource(String path, Class<?> entity, String entityName, List<Field> keys, Class<?> create,
                    Class<?> update, Class<?> response, Map<String, Property> properties,
                    Map<String, Relation> relations, Field label, ResponseShape shape) {

    /** The @Version field, or null. */
    Field version() {
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(jakarta.persistence.Version.class)) {
                    f.setAccessible(true);
                    return f;
                }
            }
        }
        return null;
    }

    Property property(String name) {
        return properties.get(name);
    }

    boolean hasField(Class<?> dto, String component) {
        for (RecordComponent c : dto.getRecordComponents()) {
            if (c.getName().equals(component)) {
                return true;
            }
        }
        return false;
    }

    String keyPattern() {
        StringBuilder sb = new StringBuilder("/").append(path);
        for (Field key : keys) {
            sb.append("/{").append(key.getName()).append('}');
        }
        return sb.toString();
    }
}
