package dev.strata.codegen;

import dev.strata.naming.ArtifactNaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code ui/admin/admin.yaml}, the admin app's configuration in the spirit of API Logic Server's: per entity
 * its attributes with humanized labels, the fields its list and detail pages show, the field that names a record,
 * and its relationships (lookups for many-to-one, tabs for one-to-many). The file belongs to the user once written:
 * regeneration merges into it and never overwrites an edit.
 */
public final class AdminGenerator {
    public static final String PATH = "ui/admin/admin.yaml";
    /** Where an unclean merge of admin.yaml goes for the user's review: admin.yaml is theirs to edit. */
    public static final String REVIEW_PATH = "ui/admin/admin-merge.yaml";
    /** admin.yaml merges by key path; an unclean merge goes to {@link #REVIEW_PATH}, admin.yaml stays as it was. */
    public static final FilePolicy POLICY = FilePolicy.of(PATH).reviewedIn(REVIEW_PATH);
    /** List pages show this many columns, as API Logic Server's do; the detail page shows every field. */
    static final int LIST_COLUMNS = 7;
    private static final Set<String> NAME_LIKE = Set.of("name", "title", "label", "description", "email", "code");

    private final String title;
    private final ArtifactNaming naming;

    public AdminGenerator(String title) {
        this(title, ArtifactNaming.standard());
    }

    /** @param naming names each entity's entry ({@link ArtifactNaming#adminResource}) */
    public AdminGenerator(String title, ArtifactNaming naming) {
        this.title = title;
        this.naming = naming;
    }

    public Map<String, String> generate(EntityModel model) {
        return Map.of(PATH, text(model));
    }

    /** admin.yaml with its {@link #POLICY}. */
    public GeneratedFile file(EntityModel model) {
        return new GeneratedFile(PATH, text(model), POLICY);
    }

    private String text(EntityModel model) {
        return Yaml.write(document(model));
    }

    /** The document as ordered maps and lists, before it is written. */
    Map<String, Object> document(EntityModel model) {
        Map<String, Object> resources = Yaml.map();
        for (Entity entity : model.entities()) {
            resources.put(naming.adminResource(entity.className()), resource(entity, model));
        }
        Map<String, Object> document = Yaml.map(
                "about", Yaml.map("title", title, "generator", "strata",
                        "note", "Edit freely: strata merges schema changes into this file and keeps your edits."),
                "resources", resources);
        return document;
    }

    private Map<String, Object> resource(Entity entity, EntityModel model) {
        List<DtoField> fields = DtoField.of(entity, model);
        Map<String, Object> resource = Yaml.map(
                "label", Words.label(entity.className()),
                "table", entity.table().toString(),
                "endpoint", "/" + Words.pluralKebab(entity.className()));
        userKey(fields).ifPresent(key -> resource.put("user_key", key));
        resource.put("attributes", fields.stream().map(AdminGenerator::attribute).toList());
        resource.put("list_fields", listFields(fields));
        resource.put("detail_fields", fields.stream().map(DtoField::name).toList());
        List<Object> relationships = relationships(entity, model);
        if (!relationships.isEmpty()) {
            resource.put("relationships", relationships);
        }
        return resource;
    }

    private static Map<String, Object> attribute(DtoField field) {
        Map<String, Object> schema = ApiSchemas.scalar(field, false);
        Map<String, Object> attribute = Yaml.map("name", field.name(), "label", Words.label(field.name()),
                "type", schema.get("type"));
        if (schema.containsKey("format")) {
            attribute.put("format", schema.get("format"));
        }
        if (!field.nullable()) {
            attribute.put("required", true);
        }
        if (field.generated()) {
            attribute.put("read_only", true);
        }
        if (field.reference() != null) {
            attribute.put("reference", field.reference());
        }
        if (ApiSchemas.filterable(field)) {
            attribute.put("search", true);
        }
        return attribute;
    }

    /** The first fields, binary data left out: what fits on a list page. */
    private static List<String> listFields(List<DtoField> fields) {
        return fields.stream().filter(f -> !f.dtoType().equals("byte[]")).limit(LIST_COLUMNS)
                .map(DtoField::name).toList();
    }

    /** The field that names a record for people: a name-like string, else the first string, else none. */
    private static java.util.Optional<String> userKey(List<DtoField> fields) {
        List<DtoField> strings = fields.stream()
                .filter(f -> f.dtoType().equals("String") && !f.id() && f.reference() == null).toList();
        return strings.stream().filter(AdminGenerator::nameLike)
                .findFirst().or(() -> strings.stream().findFirst()).map(DtoField::name);
    }

    private static boolean nameLike(DtoField field) {
        String name = field.name().toLowerCase(java.util.Locale.ROOT);
        return NAME_LIKE.stream().anyMatch(name::endsWith);
    }

    private static List<Object> relationships(Entity entity, EntityModel model) {
        List<Object> relationships = new ArrayList<>();
        for (EntityField field : entity.fields()) {
            if (field.isManyToOne()) {
                relationships.add(Yaml.map("name", field.javaName(), "label", Words.label(field.javaName()),
                        "direction", "toone", "resource", field.relationship().targetEntity(),
                        "fks", List.of(field.relationship().joinField())));
            } else if (field.isOneToMany()) {
                relationships.add(Yaml.map("name", field.javaName(), "label", Words.label(field.javaName()),
                        "direction", "tomany", "resource", field.relationship().targetEntity(),
                        "fks", List.of(inverseKey(field, model))));
            }
        }
        return relationships;
    }

    /** The API name of the foreign key behind a one-to-many: the join column of the owning many-to-one. */
    private static String inverseKey(EntityField oneToMany, EntityModel model) {
        return model.entity(oneToMany.relationship().targetEntity())
                .flatMap(target -> target.fields().stream()
                        .filter(f -> f.javaName().equals(oneToMany.relationship().mappedBy()) && f.isManyToOne())
                        .findFirst())
                .map(f -> f.relationship().joinField())
                .orElse(oneToMany.relationship().mappedBy());
    }
}
