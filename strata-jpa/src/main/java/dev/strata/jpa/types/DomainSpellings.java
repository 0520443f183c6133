package dev.strata.jpa.types;

import dev.strata.dialect.Dialects;
import dev.strata.dialect.TypeMapping;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a PostgreSQL domain column's type is written in {@code @Column(columnDefinition)}: as pgjdbc's
 * {@code getColumns} reports the column's TYPE_NAME, the name Hibernate's schema validator compares the definition
 * with (case-insensitively, whole). pgjdbc gives the bare name, case kept and unquoted ({@code year}, {@code Name}),
 * when the domain's schema is on the connection's search path, and {@code "schema"."name"} otherwise. strata
 * counts the default schema (where the entities' unqualified tables are) and {@code public} (on PostgreSQL's default
 * search path) as on the path. The database model keeps format_type's spelling ({@code public."Name"}); the reader
 * maps a definition back to it with {@link #byDriverSpelling}.
 */
public final class DomainSpellings {
    private DomainSpellings() {
    }

    /** A domain's name as pgjdbc reports a column of it to an application whose default schema is given. */
    public static String asDriverReports(QualifiedName domain, String defaultSchema) {
        String schema = domain.schema();
        if (schema == null || schema.equals(defaultSchema) || schema.equals("public")) {
            return domain.name();
        }
        return quoted(schema) + "." + quoted(domain.name());
    }

    /** The domain a type spelled as format_type spells it names ({@code public."Flag"} is public / Flag). */
    public static QualifiedName parse(String formatted) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < formatted.length(); i++) {
            char c = formatted.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < formatted.length() && formatted.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts.size() == 1 ? QualifiedName.of(null, parts.get(0))
                : QualifiedName.of(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    }

    /**
     * The type of a column of each domain of {@code model} as format_type spells it, by the spelling
     * {@link #asDriverReports} gives it (what generated entities carry in {@code columnDefinition}).
     */
    public static Map<String, String> byDriverSpelling(SchemaModel model, String defaultSchema) {
        Map<String, String> spellings = new TreeMap<>();
        TypeMapping mapping = Dialects.named(model.dialect()).typeMapping();
        model.schemas().forEach(s -> s.domains().forEach(d -> mapping.domainColumnType(d.name())
                .ifPresent(type -> spellings.put(asDriverReports(d.name(), defaultSchema), type))));
        return spellings;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
