package dev.strata.codegen;

import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives an {@link EntityModel} from a schema with default naming: a class per table (PascalCase of its name), a
 * field per column (camelCase), a many-to-one per single-column foreign key and its inverse one-to-many. The JPA
 * module owns the real naming (read from entity sources); this derivation is deliberately simple and replaceable.
 */
public final class SchemaEntities {
    private final SchemaModel model;
    private final boolean relationships;
    private final Map<QualifiedName, String> classNames = new TreeMap<>();

    private SchemaEntities(SchemaModel model, boolean relationships) {
        this.model = model;
        this.relationships = relationships;
    }

    public static EntityModel derive(SchemaModel model) {
        return new SchemaEntities(model, true).derive();
    }

    /** As {@link #derive}, every column a basic field: the types of columns that an entity maps both ways. */
    public static EntityModel deriveColumns(SchemaModel model) {
        return new SchemaEntities(model, false).derive();
    }

    private EntityModel derive() {
        assignClassNames();
        Map<String, List<EntityField>> inverses = inverseFields();
        List<Entity> entities = new ArrayList<>();
        for (Table table : tables()) {
            String className = classNames.get(table.name());
            List<EntityField> fields = new ArrayList<>(columnFields(table));
            fields.addAll(inverses.getOrDefault(className, List.of()));
            entities.add(new Entity(className, table.name(), fields, table.comment()));
        }
        return new EntityModel(entities);
    }

    private List<Table> tables() {
        return model.schemas().stream().flatMap(s -> s.tables().stream()).toList();
    }

    private void assignClassNames() {
        Set<String> taken = new HashSet<>();
        for (Table table : tables()) {
            String name = Words.pascal(table.name().name());
            if (!taken.add(name)) {
                name = Words.pascal(table.name().schema() + "_" + table.name().name());
                taken.add(name);
            }
            classNames.put(table.name(), name);
        }
    }

    private List<EntityField> columnFields(Table table) {
        Set<String> names = new HashSet<>();
        table.columns().forEach(c -> names.add(Words.camel(c.name())));
        List<EntityField> fields = new ArrayList<>();
        for (Column column : table.columns()) {
            Optional<ForeignKey> reference = reference(table, column);
            EntityField basic = basicField(table, column);
            fields.add(reference.map(fk -> manyToOne(basic, fk, names)).orElse(basic));
        }
        return fields;
    }

    private EntityField basicField(Table table, Column column) {
        boolean id = table.primaryKeyIfAny().map(pk -> pk.columns().contains(column.name())).orElse(false);
        return new EntityField(Words.camel(column.name()), JavaTypes.forType(column.normalizedType()), column.name(),
                column.nullable(), column.normalizedType().length(), column.normalizedType().precision(),
                column.normalizedType().scale(), id, isGenerated(column), hasDefault(column), enumValues(column), null,
                column.comment());
    }

    /** A default the database applies; MySQL reports a nullable column's implicit one as "NULL". */
    private static boolean hasDefault(Column column) {
        return column.defaultValue() != null && !column.defaultValue().equalsIgnoreCase("NULL");
    }

    private static boolean isGenerated(Column column) {
        boolean sequenceDefault = column.defaultValue() != null && column.defaultValue().startsWith("nextval(");
        return column.identity() != null || column.generated() != null || sequenceDefault;
    }

    private List<String> enumValues(Column column) {
        if (column.normalizedType().kind() != dev.strata.model.DataType.Kind.ENUM) {
            return List.of();
        }
        String typeName = column.normalizedType().name();
        for (Schema schema : model.schemas()) {
            for (var enumType : schema.enums()) {
                if (enumType.name().name().equals(typeName) || enumType.name().toString().equals(typeName)) {
                    return enumType.values();
                }
            }
        }
        return JavaTypes.inlineEnumValues(column.type());
    }

    /** A single-column foreign key on this column that points at a table in the model. */
    private Optional<ForeignKey> reference(Table table, Column column) {
        return table.foreignKeys().stream()
                .filter(fk -> relationships && fk.columns().equals(List.of(column.name())))
                .filter(fk -> classNames.containsKey(fk.referencedTable()))
                .findFirst();
    }

    private EntityField manyToOne(EntityField basic, ForeignKey fk, Set<String> columnNames) {
        String target = classNames.get(fk.referencedTable());
        String name = referenceName(basic.column(), target);
        if (columnNames.contains(name) && !name.equals(basic.javaName())) {
            name = basic.javaName() + "Ref";
        }
        return new EntityField(name, target, basic.column(), basic.nullable(), null, null, null, basic.id(), false,
                basic.defaulted(), List.of(), Relationship.manyToOne(target, basic.column()), basic.comment());
    }

    /** "artist_id" and "ArtistId" give "artist"; a column without an id suffix gives its own name. */
    private static String referenceName(String column, String target) {
        List<String> words = Words.split(column);
        if (words.size() > 1 && words.get(words.size() - 1).equals("id")) {
            return Words.camel(String.join("_", words.subList(0, words.size() - 1)));
        }
        return words.size() == 1 && words.get(0).equals("id") ? Words.camel(target) : Words.camel(column);
    }

    /** One-to-many fields per target class, named after the referencing class ("tracks", "employeesByReportsTo"). */
    private Map<String, List<EntityField>> inverseFields() {
        Map<String, List<EntityField>> byTarget = new LinkedHashMap<>();
        for (Table table : tables()) {
            String source = classNames.get(table.name());
            for (EntityField field : columnFields(table)) {
                if (field.isManyToOne()) {
                    byTarget.computeIfAbsent(field.relationship().targetEntity(), k -> new ArrayList<>())
                            .add(inverse(source, field));
                }
            }
        }
        byTarget.replaceAll((target, fields) -> disambiguate(fields));
        return byTarget;
    }

    private static EntityField inverse(String source, EntityField manyToOne) {
        String name = Words.camel(Words.plural(Words.pascal(source)));
        return new EntityField(name, "java.util.List<" + source + ">", null, true, null, null, null, false, false,
                false, List.of(), Relationship.oneToMany(source, manyToOne.javaName()), null);
    }

    private static List<EntityField> disambiguate(List<EntityField> fields) {
        Map<String, Long> counts = new TreeMap<>();
        fields.forEach(f -> counts.merge(f.javaName(), 1L, Long::sum));
        List<EntityField> result = new ArrayList<>();
        for (EntityField f : fields) {
            String name = counts.get(f.javaName()) == 1 ? f.javaName()
                    : f.javaName() + "By" + Words.pascal(f.relationship().mappedBy());
            result.add(new EntityField(name, f.javaType(), f.column(), f.nullable(), null, null, null, false, false,
                    false, List.of(), f.relationship(), null));
        }
        result.sort(java.util.Comparator.comparing(EntityField::javaName));
        return result;
    }
}
