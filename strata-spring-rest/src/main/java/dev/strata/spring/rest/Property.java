package dev.strata.spring.rest;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import java.lang.reflect.Field;

/** One DTO component bound to the entity: a column attribute, or the id of a to-one relationship ({@code xxxId}). */
sealed interface Property permits Property.Column, Property.Reference {
    String name();

    /** The Java type values of this property have in DTOs and filters. */
    Class<?> valueType();

    Object read(Object entity);

    void write(Object entity, Object value, EntityManager em);

    Path<?> path(Root<?> root);

    /** A basic attribute of the entity, read and written as is. */
    record Column(String name, Field field) implements Property {
        @Override
        public Class<?> valueType() {
            return Types.boxed(field.getType());
        }

        @Override
        public Object read(Object entity) {
            return Fields.get(field, entity);
        }

        @Override
        public void write(Object entity, Object value, EntityManager em) {
            Fields.set(field, entity, value);
        }

        @Override
        public Path<?> path(Root<?> root) {
            return root.get(field.getName());
        }
    }

    /** The key of a @ManyToOne/@OneToOne parent: reads its id without loading it, writes a reference. */
    record Reference(String name, Field field, Class<?> target, String targetId, Class<?> targetIdType,
                     PersistenceUnitUtil units) implements Property {
        @Override
        public Class<?> valueType() {
            return Types.boxed(targetIdType);
        }

        @Override
        public Object read(Object entity) {
            Object parent = Fields.get(field, entity);
            return parent == null ? null : units.getIdentifier(parent);
        }

        @Override
        public void write(Object entity, Object value, EntityManager em) {
            Fields.set(field, entity, value == null ? null : em.getReference(target, value));
        }

        @Override
        public Path<?> path(Root<?> root) {
            return root.get(field.getName()).get(targetId);
        }
    }
}
