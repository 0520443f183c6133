package dev.strata.spring.rest;

import java.lang.reflect.Field;

/**
 * A relationship that {@code include=} can embed: a parent (to-one, the field holds it) or children (one-to-many,
 * {@code mappedBy} names the children's field that holds this record).
 */
record Relation(String name, Field field, Class<?> target, boolean children, String mappedBy) {
}
