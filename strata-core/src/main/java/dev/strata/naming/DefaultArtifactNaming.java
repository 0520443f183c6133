package dev.strata.naming;

import org.atteo.evo.inflector.English;

import java.util.Locale;
import java.util.Map;

/**
 * The conventional names Spring and Hibernate users write: singular classes, camelCase fields, plural collections,
 * {@code <Entity>Id} id classes, {@code <Entity>Create|Update|Response} records in {@code <base>.dto} under
 * {@code src/main/java}, OpenAPI schemas and admin entries named as the records and entities. Extend it to change
 * one convention and keep the rest.
 */
public class DefaultArtifactNaming implements ArtifactNaming {
    static final DefaultArtifactNaming INSTANCE = new DefaultArtifactNaming();

    /** Plurals the suffix rules get wrong (evo-inflector only pluralizes). */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("people", "person"),
            Map.entry("children", "child"), Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("statuses", "status"), Map.entry("aliases", "alias"), Map.entry("analyses", "analysis"),
            Map.entry("indices", "index"), Map.entry("matrices", "matrix"), Map.entry("series", "series"),
            Map.entry("species", "species"), Map.entry("news", "news"), Map.entry("data", "data"),
            Map.entry("criteria", "criterion"), Map.entry("buses", "bus"), Map.entry("movies", "movie"));

    @Override
    public String entityClass(String table) {
        return JavaIdentifiers.upperCamel(singularLastWord(JavaIdentifiers.upperCamel(table)));
    }

    @Override
    public String field(String column) {
        return JavaIdentifiers.lowerCamel(column);
    }

    @Override
    public String enumClass(String enumType) {
        return JavaIdentifiers.upperCamel(enumType);
    }

    @Override
    public String enumConstant(String value) {
        return JavaIdentifiers.constant(value);
    }

    /** {@code customer_id} -> {@code customer}; otherwise the referenced class, so a field reads as what it holds. */
    @Override
    public String reference(String firstColumn, String referencedTable, boolean soleReference) {
        String lower = firstColumn.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {"_id", "id"}) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return field(firstColumn.substring(0, firstColumn.length() - suffix.length()));
            }
        }
        if (soleReference) {
            return JavaIdentifiers.lowerCamel(entityClass(referencedTable));
        }
        return field(firstColumn) + "Ref";
    }

    @Override
    public String collection(String referencingTable) {
        String singular = JavaIdentifiers.lowerCamel(entityClass(referencingTable));
        return JavaIdentifiers.legal(English.plural(singular));
    }

    @Override
    public String idClass(String entityClass) {
        return entityClass + "Id";
    }

    @Override
    public String dtoPackage(String basePackage) {
        return basePackage + ".dto";
    }

    @Override
    public String dtoRecord(String entityClass, DtoKind kind) {
        return entityClass + kind.suffix();
    }

    @Override
    public String apiSchema(String entityClass, DtoKind kind) {
        return dtoRecord(entityClass, kind);
    }

    @Override
    public String adminResource(String entityClass) {
        return entityClass;
    }

    @Override
    public String sourcePath(String packageName, String simpleName) {
        return "src/main/java/" + packageName.replace('.', '/') + "/" + simpleName + ".java";
    }

    /** Singularizes the last word of a camel-case name: {@code OrderItems} -> {@code OrderItem}. */
    private static String singularLastWord(String camel) {
        int split = camel.length() - 1;
        while (split > 0 && !Character.isUpperCase(camel.charAt(split))) {
            split--;
        }
        String last = camel.substring(split);
        if (last.length() < 2 || !Character.isLetter(last.charAt(last.length() - 1))) {
            return camel;
        }
        return camel.substring(0, split) + singular(last);
    }

    private static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return word.charAt(0) + irregular.substring(1);
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || !lower.endsWith("s")) {
            return word;
        }
        if (lower.endsWith("ies") && word.length() > 3) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
