package dev.strata.spring.rest;

import java.lang.reflect.Field;

/** Field access on entities (generated entities use field access; proxies are unwrapped before reading). */
final class Fields {
    private Fields() {
    }

    static Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    static Object get(Field field, Object target) {
        try {
            return field.get(org.hibernate.Hibernate.unproxy(target));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Field field, Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
