package dev.strata.jpa.generate;

import dev.strata.model.Column;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sequence behind a key whose default is {@code nextval} of a sequence the column does not own (pagila's
 * {@code actor_id}): strata reads an owned one as SERIAL, JPA's {@code @GeneratedValue(IDENTITY)}; this one becomes
 * {@code @GeneratedValue(SEQUENCE)} with a {@code @SequenceGenerator} on the same sequence, so that inserts through
 * JPA take its next value.
 */
final class KeySequences {
    /** PostgreSQL's spelling of the default: {@code nextval('public.actor_actor_id_seq'::regclass)}. */
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'(?:::regclass)?\\)");

    private KeySequences() {
    }

    /** The sequence of {@code column}, the sole key of {@code table}, when its default draws from one. */
    static Optional<Sequence> of(SchemaModel model, Table table, Column column) {
        boolean soleKey = table.primaryKey() != null && table.primaryKey().columns().equals(List.of(column.name()));
        if (!soleKey || column.identity() != null || column.defaultValue() == null) {
            return Optional.empty();
        }
        Matcher m = NEXTVAL.matcher(column.defaultValue().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> parts = identifierParts(m.group(1).replace("''", "'"));
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : table.name().schema();
        Optional<Sequence> found = find(model, QualifiedName.of(schema, name));
        return found.isPresent() || parts.size() > 1 ? found : model.schemas().stream()
                .flatMap(s -> s.sequences().stream()).filter(q -> q.name().name().equals(name)).findFirst();
    }

    private static Optional<Sequence> find(SchemaModel model, QualifiedName name) {
        for (Schema s : model.schemas()) {
            for (Sequence q : s.sequences()) {
                if (q.name().equals(name)) {
                    return Optional.of(q);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code public."My Seq"} gives [public, My Seq]; unquoted parts fold to lower case, as PostgreSQL does. */
    private static List<String> identifierParts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                part.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
                wasQuoted = true;
            } else if (c == '.' && !quoted) {
                parts.add(wasQuoted ? part.toString() : part.toString().toLowerCase(java.util.Locale.ROOT));
                part.setLength(0);
                wasQuoted = false;
            } else {
                part.append(c);
            }
        }
        parts.add(wasQuoted ? part.toString() : part.toString().toLowerCase(java.util.Locale.ROOT));
        return parts;
    }
}
