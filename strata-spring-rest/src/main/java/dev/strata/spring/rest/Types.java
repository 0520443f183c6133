package dev.strata.spring.rest;

import java.util.Map;

/** Boxing for primitive field types, so values convert through Jackson. */
final class Types {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, boolean.class, Boolean.class, double.class, Double.class,
            float.class, Float.class, char.class, Character.class);

    private Types() {
    }

    static Class<?> boxed(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }
}
