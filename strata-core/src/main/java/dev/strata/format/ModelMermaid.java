package dev.strata.format;

import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables of a model as a Mermaid {@code erDiagram}, which GitHub, GitLab and most wikis render: one entity per
 * table with its columns (type, name, PK/FK/UK markers, comment) and one relationship per foreign key. The parent end
 * is "exactly one" when the key's columns are NOT NULL (or in the primary key), else "zero or one"; the child end is
 * "zero or one" when the key's columns are unique in the child, else "zero or more"; a key inside the child's primary
 * key is identifying (solid line). Tables and keys come in the model's sorted order, so the same schema gives the
 * same diagram.
 */
public final class ModelMermaid {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern NOT_IN_TYPE = Pattern.compile("[^A-Za-z0-9_()\\[\\]-]");

    private ModelMermaid() {
    }

    public static String write(SchemaModel model) {
        List<Table> tables = tables(model);
        boolean qualified = model.schemas().stream().filter(s -> !entityTables(s).isEmpty()).count() > 1;
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Table t : tables) {
            out.append("    ").append(entity(t.name(), qualified)).append(" {\n");
            for (Column c : t.columns()) {
                out.append("        ").append(attribute(t, c)).append('\n');
            }
            out.append("    }\n");
        }
        for (Table t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                out.append("    ").append(relationship(t, fk, qualified)).append('\n');
            }
        }
        return out.toString();
    }

    private static List<Table> tables(SchemaModel model) {
        List<Table> all = new ArrayList<>();
        model.schemas().forEach(s -> all.addAll(entityTables(s)));
        return all;
    }

    /** Partitions are drawn as their parent table. */
    private static List<Table> entityTables(Schema schema) {
        return schema.tables().stream().filter(t -> t.partitionOf() == null).toList();
    }

    private static String attribute(Table table, Column column) {
        List<String> keys = new ArrayList<>();
        if (table.primaryKeyIfAny().map(pk -> pk.columns().contains(column.name())).orElse(false)) {
            keys.add("PK");
        }
        if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()))) {
            keys.add("FK");
        }
        if (isUnique(table, List.of(column.name())) && !keys.contains("PK")) {
            keys.add("UK");
        }
        return type(column.type()) + " " + attributeName(column.name())
                + (keys.isEmpty() ? "" : " " + String.join(", ", keys))
                + (column.comment() == null || column.comment().isBlank() ? "" : " \"" + text(column.comment()) + "\"");
    }

    private static String relationship(Table child, ForeignKey fk, boolean qualified) {
        boolean identifying = child.primaryKeyIfAny().map(pk -> pk.columns().containsAll(fk.columns())).orElse(false);
        // Primary key columns count as NOT NULL even where the database reports them nullable (SQLite's rowid key).
        boolean required = identifying || fk.columns().stream()
                .allMatch(name -> child.column(name).map(c -> !c.nullable()).orElse(false));
        String parentEnd = required ? "||" : "|o";
        String childEnd = isUnique(child, fk.columns()) ? "o|" : "o{";
        return entity(fk.referencedTable(), qualified) + " " + parentEnd + (identifying ? "--" : "..") + childEnd + " "
                + entity(child.name(), qualified) + " : \"" + text(String.join(", ", fk.columns())) + "\"";
    }

    /** True when these columns, as a set, are the primary key, a unique constraint or a full unique index. */
    private static boolean isUnique(Table table, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        if (table.primaryKeyIfAny().map(pk -> new HashSet<>(pk.columns()).equals(wanted)).orElse(false)) {
            return true;
        }
        for (UniqueConstraint u : table.uniques()) {
            if (new HashSet<>(u.columns()).equals(wanted)) {
                return true;
            }
        }
        for (Index i : table.indexes()) {
            if (i.unique() && i.where() == null && i.keys().stream().allMatch(k -> k.column() != null)
                    && new HashSet<>(i.keys().stream().map(IndexKey::column).toList()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String entity(QualifiedName name, boolean qualified) {
        String text = qualified ? name.schema() + "." + name.name() : name.name();
        return PLAIN_NAME.matcher(text).matches() ? text : "\"" + text(text) + "\"";
    }

    /** Mermaid's attribute names are words; other characters become underscores. */
    private static String attributeName(String name) {
        String word = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return Character.isLetter(word.charAt(0)) || word.charAt(0) == '_' ? word : "_" + word;
    }

    /** Mermaid's types are words and brackets: NUMERIC(10, 2) becomes NUMERIC(10-2), TIME ZONE becomes TIME_ZONE. */
    private static String type(String type) {
        if (type == null || type.isBlank()) {
            return "untyped";
        }
        String spaced = type.strip().replaceAll(",\\s*", "-").replaceAll("\\s+", "_");
        String word = NOT_IN_TYPE.matcher(spaced).replaceAll("_");
        return Character.isLetter(word.charAt(0)) ? word : "t_" + word;
    }

    /** Text inside double quotes: Mermaid has no escape for a double quote. */
    private static String text(String s) {
        return s.replace('"', '\'').replaceAll("\\s+", " ");
    }
}
