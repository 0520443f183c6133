package dev.strata.spring.rest;

import dev.strata.codegen.Words;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.metamodel.EntityType;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The resources of the application, read from the JPA metamodel: every entity with a key and DTO records named
 * {@code <Entity>Create/Update/Response} in {@code <base>.dto}, where base is the entity package's parent (or the
 * configured package).
 */
final class ResourceCatalog {
    private static final Log LOG = LogFactory.getLog(ResourceCatalog.class);
    /** Columns that name a record well enough to label it, in order of preference. */
    private static final List<String> LABEL_NAMES = List.of("name", "title", "label", "displayName", "fullName",
            "username", "email", "code", "lastName");

    private final Map<String, RestResource> byPath = new TreeMap<>();
    private final Map<Class<?>, RestResource> byEntity = new LinkedHashMap<>();

    /** @param userKeys the field that labels each resource's records, by collection path (admin.yaml's user_key) */
    ResourceCatalog(EntityManagerFactory emf, String dtoPackage, Map<String, String> userKeys) {
        for (EntityType<?> type : emf.getMetamodel().getEntities()) {
            RestResource resource = resource(emf, type, dtoPackage, userKeys);
            if (resource != null) {
                byPath.put(resource.path(), resource);
                byEntity.put(resource.entity(), resource);
            }
        }
    }

    Collection<RestResource> resources() {
        return byPath.values();
    }

    RestResource forEntity(Class<?> entity) {
        return byEntity.get(entity);
    }

    private static RestResource resource(EntityManagerFactory emf, EntityType<?> type, String dtoPackage,
                                         Map<String, String> userKeys) {
        Class<?> entity = type.getJavaType();
        List<Field> keys = keyFields(entity);
        if (keys.isEmpty()) {
            LOG.info("strata REST: " + entity.getName() + " has no @Id field (an @EmbeddedId is not served yet)");
            return null;
        }
        String base = dtoPackage != null && !dtoPackage.isBlank() ? dtoPackage : dtoPackageOf(entity);
        Class<?> create = load(entity, base + "." + entity.getSimpleName() + "Create");
        Class<?> update = load(entity, base + "." + entity.getSimpleName() + "Update");
        Class<?> response = load(entity, base + "." + entity.getSimpleName() + "Response");
        if (create == null || update == null || response == null) {
            LOG.info("strata REST: " + entity.getName() + " is not served: no " + entity.getSimpleName()
                    + "Create/Update/Response records in " + base);
            return null;
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        for (Class<?> dto : List.of(response, create, update)) {
            for (RecordComponent c : dto.getRecordComponents()) {
                properties.computeIfAbsent(c.getName(), n -> property(emf, entity, dto, n));
            }
        }
        String path = Words.pluralKebab(entity.getSimpleName());
        return new RestResource(path, entity, type.getName(), keys, create, update, response, properties,
                relations(entity), labelField(entity, keys, userKeys.get(path)),
                ResponseShape.of(response, properties));
    }

    private static String dtoPackageOf(Class<?> entity) {
        String pkg = entity.getPackageName();
        int dot = pkg.lastIndexOf('.');
        return (dot < 0 ? "" : pkg.substring(0, dot + 1)) + "dto";
    }

    private static Class<?> load(Class<?> entity, String name) {
        try {
            Class<?> c = Class.forName(name, false, entity.getClassLoader());
            return c.isRecord() ? c : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    static List<Field> keyFields(Class<?> entity) {
        List<Field> keys = new ArrayList<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(EmbeddedId.class)) {
                    return List.of();
                }
                if (f.isAnnotationPresent(Id.class)) {
                    f.setAccessible(true);
                    keys.add(f);
                }
            }
        }
        return keys;
    }

    /** A component binds to the field of its name, else to the to-one field whose join column or name + Id it is. */
    private static Property property(EntityManagerFactory emf, Class<?> entity, Class<?> dto, String component) {
        Field field = Fields.find(entity, component);
        if (field != null && !isToOne(field)) {
            return new Property.Column(component, field);
        }
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (isToOne(f) && component.equals(referenceName(f)) || isToOne(f)
                        && component.equals(f.getName() + "Id")) {
                    f.setAccessible(true);
                    Field targetKey = keyFields(f.getType()).get(0);
                    return new Property.Reference(component, f, f.getType(), targetKey.getName(), targetKey.getType(),
                            emf.getPersistenceUnitUtil());
                }
            }
        }
        throw new IllegalStateException("strata REST: " + dto.getName() + "." + component + " matches no field of "
                + entity.getName() + "; rename the component or regenerate the DTOs (strata generate)");
    }

    private static boolean isToOne(Field f) {
        return f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)
                && f.getAnnotation(OneToOne.class).mappedBy().isEmpty();
    }

    private static String referenceName(Field f) {
        JoinColumn join = f.getAnnotation(JoinColumn.class);
        return join == null || join.name().isEmpty() ? f.getName() + "Id" : Words.camel(join.name());
    }

    private static Map<String, Relation> relations(Class<?> entity) {
        Map<String, Relation> relations = new LinkedHashMap<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                f.setAccessible(true);
                if (isToOne(f)) {
                    relations.put(f.getName(), new Relation(f.getName(), f, f.getType(), false, null));
                } else if (f.isAnnotationPresent(OneToMany.class) && !f.getAnnotation(OneToMany.class).mappedBy()
                        .isEmpty()) {
                    Class<?> child = (Class<?>) ((java.lang.reflect.ParameterizedType) f.getGenericType())
                            .getActualTypeArguments()[0];
                    relations.put(f.getName(), new Relation(f.getName(), f, child, true,
                            f.getAnnotation(OneToMany.class).mappedBy()));
                }
            }
        }
        return relations;
    }

    /**
     * The user key when the entity has that field; else a name-like string column, else the first unique string
     * column, else the first string column, else the key.
     */
    private static Field labelField(Class<?> entity, List<Field> keys, String userKey) {
        Field named = userKey == null ? null : Fields.find(entity, userKey);
        if (named != null && !named.isAnnotationPresent(ManyToOne.class) && !named.isAnnotationPresent(OneToOne.class)
                && !named.isAnnotationPresent(OneToMany.class)) {
            return named;
        }
        for (String name : LABEL_NAMES) {
            Field f = Fields.find(entity, name);
            if (f != null && f.getType() == String.class) {
                return f;
            }
        }
        Field firstString = null;
        for (Field f : entity.getDeclaredFields()) {
            if (f.getType() != String.class) {
                continue;
            }
            jakarta.persistence.Column column = f.getAnnotation(jakarta.persistence.Column.class);
            if (column != null && column.unique()) {
                f.setAccessible(true);
                return f;
            }
            if (firstString == null) {
                firstString = f;
            }
        }
        Field chosen = firstString != null ? firstString : keys.get(0);
        chosen.setAccessible(true);
        return chosen;
    }
}
