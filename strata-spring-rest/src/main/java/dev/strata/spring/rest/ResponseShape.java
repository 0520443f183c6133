package dev.strata.spring.rest;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * How a Response record is built from an entity: its canonical constructor and the property behind each component,
 * looked up once at start-up rather than by reflection on every request.
 */
record ResponseShape(Constructor<?> constructor, Property[] properties, Class<?>[] types) {

    static ResponseShape of(Class<?> response, Map<String, Property> properties) {
        RecordComponent[] components = response.getRecordComponents();
        Property[] bound = new Property[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            bound[i] = properties.get(components[i].getName());
            types[i] = components[i].getType();
        }
        try {
            return new ResponseShape(response.getDeclaredConstructor(types), bound, types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(response.getName() + " has no canonical constructor", e);
        }
    }
}
