package dev.strata.inspect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which schemas and tables to read. Patterns are globs ({@code *}, {@code ?}); an empty include list means all.
 * Table patterns match either the bare table name or {@code schema.table}.
 */
public record InspectOptions(List<String> includeSchemas, List<String> excludeSchemas, List<String> includeTables,
                             List<String> excludeTables) {
    public static final InspectOptions ALL = new InspectOptions(List.of(), List.of(), List.of(), List.of());

    public InspectOptions {
        includeSchemas = includeSchemas == null ? List.of() : List.copyOf(includeSchemas);
        excludeSchemas = excludeSchemas == null ? List.of() : List.copyOf(excludeSchemas);
        includeTables = includeTables == null ? List.of() : List.copyOf(includeTables);
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
    }

    public static InspectOptions schemas(String... names) {
        return new InspectOptions(List.of(names), List.of(), List.of(), List.of());
    }

    public boolean includesSchema(String schema) {
        return (includeSchemas.isEmpty() || matchesAny(includeSchemas, schema))
                && !matchesAny(excludeSchemas, schema);
    }

    /** Applies to tables, views, sequences and the other named objects of a schema. */
    public boolean includesObject(String schema, String name) {
        String qualified = schema + "." + name;
        boolean included = includeTables.isEmpty() || matchesAny(includeTables, name)
                || matchesAny(includeTables, qualified);
        return included && !matchesAny(excludeTables, name) && !matchesAny(excludeTables, qualified);
    }

    public boolean filtersObjects() {
        return !includeTables.isEmpty() || !excludeTables.isEmpty();
    }

    private static boolean matchesAny(List<String> globs, String value) {
        for (String g : globs) {
            if (glob(g).matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
