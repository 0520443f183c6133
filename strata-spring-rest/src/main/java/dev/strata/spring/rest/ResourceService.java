package dev.strata.spring.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

/** The operations of every resource, on the JPA EntityManager, each in one transaction. */
final class ResourceService {
    private final EntityManager em;
    private final PersistenceUnitUtil units;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final ObjectMapper json;
    private final Validator validator;
    private final ResourceCatalog catalog;

    ResourceService(EntityManager em, PersistenceUnitUtil units, TransactionTemplate writes,
                    TransactionTemplate reads, ObjectMapper json, Validator validator, ResourceCatalog catalog) {
        this.em = em;
        this.units = units;
        this.writes = writes;
        this.reads = reads;
        this.json = json;
        this.validator = validator;
        this.catalog = catalog;
    }

    record Page(ArrayNode items, long total) {
    }

    record Saved(ObjectNode body, List<Object> key) {
    }

    Page list(RestResource r, ListRequest request) {
        return run(reads, () -> {
            long total = count(r, request);
            List<?> rows = rows(r, request);
            ArrayNode items = json.createArrayNode();
            List<ObjectNode> nodes = new ArrayList<>();
            for (Object row : rows) {
                ObjectNode node = body(r, row);
                items.add(node);
                nodes.add(node);
            }
            for (Relation include : request.includes()) {
                embed(r, include, rows, nodes);
            }
            return new Page(items, total);
        });
    }

    /** The Response record itself: written once by the message converter, never through a JSON tree. */
    Object get(RestResource r, Map<String, String> key) {
        return run(reads, () -> response(r, find(r, key)));
    }

    Saved create(RestResource r, String requestBody) {
        ObjectNode fields = object(requestBody);
        validate(dto(r.create(), fields));
        return run(writes, () -> {
            Object entity = newEntity(r);
            write(r, r.create(), entity, fields);
            em.persist(entity);
            em.flush();
            em.refresh(entity);
            List<Object> key = new ArrayList<>();
            for (Field f : r.keys()) {
                key.add(Fields.get(f, entity));
            }
            return new Saved(body(r, entity), key);
        });
    }

    ObjectNode update(RestResource r, Map<String, String> key, String requestBody) {
        ObjectNode fields = object(requestBody);
        validate(dto(r.update(), fields));
        return run(writes, () -> {
            Object entity = find(r, key);
            checkVersion(r, entity, fields);
            write(r, r.update(), entity, fields);
            em.flush();
            return body(r, entity);
        });
    }

    void delete(RestResource r, Map<String, String> key) {
        run(writes, () -> {
            em.remove(find(r, key));
            em.flush();
            return null;
        });
    }

    private <T> T run(TransactionTemplate tx, Supplier<T> work) {
        try {
            return tx.execute(status -> work.get());
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            ProblemException problem = PersistenceProblems.translate(e);
            if (problem != null) {
                throw problem;
            }
            throw e;
        }
    }

    // ---- reading

    private long count(RestResource r, ListRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<?> root = q.from(r.entity());
        q.select(cb.count(root)).where(predicates(cb, root, request.filters()));
        return em.createQuery(q).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<?> rows(RestResource r, ListRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> q = cb.createQuery((Class<Object>) r.entity());
        Root<Object> root = q.from((Class<Object>) r.entity());
        List<Order> orders = new ArrayList<>();
        for (ListRequest.Sort s : request.sorts()) {
            Path<?> path = s.property().path(root);
            orders.add(s.descending() ? cb.desc(path) : cb.asc(path));
        }
        for (Field key : r.keys()) {
            orders.add(cb.asc(root.get(key.getName())));
        }
        q.select(root).where(predicates(cb, root, request.filters())).orderBy(orders);
        return em.createQuery(q).setFirstResult(request.page() * request.size()).setMaxResults(request.size())
                .getResultList();
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<?> root, List<ListRequest.Filter> filters) {
        List<Predicate> predicates = new ArrayList<>();
        for (ListRequest.Filter f : filters) {
            predicates.add(predicate(cb, f.property().path(root), f));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate predicate(CriteriaBuilder cb, Path<?> path, ListRequest.Filter f) {
        String op = f.operator();
        if (op.equals("null")) {
            return Boolean.parseBoolean(f.value()) ? cb.isNull(path) : cb.isNotNull(path);
        }
        if (op.equals("contains")) {
            return cb.like(cb.lower(path.as(String.class)), "%" + f.value().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\');
        }
        if (op.equals("in")) {
            List<Object> values = new ArrayList<>();
            for (String v : f.value().split(",")) {
                values.add(filterValue(f, v.trim()));
            }
            return path.in(values);
        }
        Comparable value = (Comparable) filterValue(f, f.value());
        Expression<Comparable> e = (Expression<Comparable>) path;
        return switch (op) {
            case "eq" -> cb.equal(path, value);
            case "ne" -> cb.notEqual(path, value);
            case "gt" -> cb.greaterThan(e, value);
            case "ge" -> cb.greaterThanOrEqualTo(e, value);
            case "lt" -> cb.lessThan(e, value);
            default -> cb.lessThanOrEqualTo(e, value);
        };
    }

    private Object filterValue(ListRequest.Filter f, String raw) {
        try {
            return json.convertValue(raw, f.property().valueType());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("filter " + f.property().name() + "[" + f.operator() + "]: '" + raw
                    + "' is not a " + f.property().valueType().getSimpleName());
        }
    }

    /** By primary key through Hibernate's own load plan; a composite key through a query on its parts. */
    private Object find(RestResource r, Map<String, String> key) {
        Object found;
        if (r.keys().size() == 1) {
            Field id = r.keys().get(0);
            found = em.find(r.entity(), keyValue(r, id, key.get(id.getName())));
        } else {
            found = findByParts(r, key);
        }
        if (found == null) {
            throw ProblemException.notFound("No " + r.entityName() + " with " + key);
        }
        return found;
    }

    private Object findByParts(RestResource r, Map<String, String> key) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        @SuppressWarnings("unchecked")
        CriteriaQuery<Object> q = cb.createQuery((Class<Object>) r.entity());
        @SuppressWarnings("unchecked")
        Root<Object> root = q.from((Class<Object>) r.entity());
        List<Predicate> where = new ArrayList<>();
        for (Field f : r.keys()) {
            where.add(cb.equal(root.get(f.getName()), keyValue(r, f, key.get(f.getName()))));
        }
        List<Object> found = em.createQuery(q.select(root).where(where.toArray(Predicate[]::new))).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Object keyValue(RestResource r, Field field, String raw) {
        try {
            return json.convertValue(raw, Types.boxed(field.getType()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No " + r.entityName() + " with " + field.getName() + " '" + raw + "'");
        }
    }

    /** The Response record of an entity, as JSON. */
    ObjectNode body(RestResource r, Object entity) {
        return json.valueToTree(response(r, entity));
    }

    /** The Response record of an entity. */
    Object response(RestResource r, Object entity) {
        ResponseShape shape = r.shape();
        Object[] values = new Object[shape.types().length];
        for (int i = 0; i < values.length; i++) {
            Class<?> type = shape.types()[i];
            Object value = shape.properties()[i].read(entity);
            values[i] = value == null || type.isInstance(value) ? value : json.convertValue(value, type);
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + r.response().getName() + ": " + e, e);
        }
    }

    // ---- include: one statement per relationship, whatever the page size

    private void embed(RestResource r, Relation include, List<?> rows, List<ObjectNode> nodes) {
        RestResource target = catalog.forEntity(include.target());
        boolean oneColumnKey = include.children() ? r.keys().size() == 1 : target != null && target.keys().size() == 1;
        if (target == null || !oneColumnKey) {
            throw ProblemException.badRequest("/" + r.path() + " cannot include '" + include.name()
                    + "': only relationships between resources with a one-column key are included");
        }
        if (include.children()) {
            embedChildren(r, include, target, rows, nodes);
        } else {
            embedParents(include, target, rows, nodes);
        }
    }

    private void embedParents(Relation include, RestResource target, List<?> rows, List<ObjectNode> nodes) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Object row : rows) {
            Object parent = Fields.get(include.field(), row);
            if (parent != null) {
                ids.add(units.getIdentifier(parent));
            }
        }
        Map<Object, ObjectNode> parents = new LinkedHashMap<>();
        for (Object parent : byKey(target, target.keys().get(0).getName(), ids)) {
            ObjectNode node = body(target, parent);
            node.put("_label", String.valueOf(Fields.get(target.label(), parent)));
            parents.put(units.getIdentifier(parent), node);
        }
        Iterator<ObjectNode> out = nodes.iterator();
        for (Object row : rows) {
            Object parent = Fields.get(include.field(), row);
            out.next().set(include.name(), parent == null ? null : parents.get(units.getIdentifier(parent)));
        }
    }

    private void embedChildren(RestResource r, Relation include, RestResource target, List<?> rows,
                               List<ObjectNode> nodes) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Object row : rows) {
            ids.add(units.getIdentifier(row));
        }
        Field back = Fields.find(include.target(), include.mappedBy());
        Map<Object, ArrayNode> children = new LinkedHashMap<>();
        String path = include.mappedBy() + "." + r.keys().get(0).getName();
        for (Object child : byKey(target, path, ids)) {
            Object parentId = units.getIdentifier(Fields.get(back, child));
            children.computeIfAbsent(parentId, k -> json.createArrayNode()).add(body(target, child));
        }
        Iterator<ObjectNode> out = nodes.iterator();
        for (Object row : rows) {
            ArrayNode list = children.get(units.getIdentifier(row));
            out.next().set(include.name(), list == null ? json.createArrayNode() : list);
        }
    }

    private List<?> byKey(RestResource target, String path, Collection<Object> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        @SuppressWarnings("unchecked")
        CriteriaQuery<Object> q = cb.createQuery((Class<Object>) target.entity());
        @SuppressWarnings("unchecked")
        Root<Object> root = q.from((Class<Object>) target.entity());
        Path<?> p = root;
        for (String part : path.split("\\.")) {
            p = p.get(part);
        }
        List<Order> orders = new ArrayList<>();
        for (Field key : target.keys()) {
            orders.add(cb.asc(root.get(key.getName())));
        }
        return em.createQuery(q.select(root).where(p.in(ids)).orderBy(orders)).getResultList();
    }

    // ---- writing

    private ObjectNode object(String requestBody) {
        if (requestBody == null || requestBody.isBlank()) {
            throw ProblemException.badRequest("The request needs a JSON object as its body");
        }
        try {
            JsonNode node = json.readTree(requestBody);
            if (!(node instanceof ObjectNode object)) {
                throw ProblemException.badRequest("The request body must be a JSON object");
            }
            return object;
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private Object dto(Class<?> type, ObjectNode fields) {
        for (Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(name))) {
                throw ProblemException.invalid(List.of(Map.of("field", name, "message",
                        "is not a field of " + type.getSimpleName())));
            }
        }
        try {
            return json.treeToValue(fields, type);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
            throw ProblemException.invalid(List.of(Map.of("field", String.valueOf(field), "message",
                    "is not a valid " + e.getTargetType().getSimpleName())));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ProblemException.badRequest("The request body does not fit " + type.getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    private void validate(Object dto) {
        if (validator == null) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(dto);
        if (!violations.isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            violations.stream()
                    .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                    .forEach(v -> errors.add(Map.of("field", v.getPropertyPath().toString(), "message",
                            v.getMessage())));
            throw ProblemException.invalid(errors);
        }
    }

    private void write(RestResource r, Class<?> dto, Object entity, ObjectNode fields) {
        for (RecordComponent c : dto.getRecordComponents()) {
            if (!fields.has(c.getName())) {
                continue;
            }
            Property property = r.property(c.getName());
            JsonNode value = fields.get(c.getName());
            Object typed = value.isNull() ? null : json.convertValue(value, property.valueType());
            property.write(entity, typed, em);
        }
    }

    /** A PATCH that sends the @Version field must send the current one: otherwise it would overwrite a newer change. */
    private void checkVersion(RestResource r, Object entity, ObjectNode fields) {
        Field version = r.version();
        if (version == null || !fields.has(version.getName())) {
            return;
        }
        Object current = Fields.get(version, entity);
        Object sent = json.convertValue(fields.get(version.getName()), Types.boxed(version.getType()));
        if (!java.util.Objects.equals(current, sent)) {
            throw ProblemException.conflict("optimistic-lock", r.entityName() + " " + version.getName() + " is "
                    + current + ", not " + sent + ": it was changed since it was read; read it again and retry", null);
        }
        fields.remove(version.getName());
    }

    private static Object newEntity(RestResource r) {
        try {
            var constructor = r.entity().getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(r.entity().getName() + " needs a no-argument constructor", e);
        }
    }
}
