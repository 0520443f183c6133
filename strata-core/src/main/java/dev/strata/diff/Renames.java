package dev.strata.diff;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.model.QualifiedName;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renames the user declared, so that the diff plans RENAME instead of drop-and-add and keeps the data.
 * Hints are written {@code schema.table.old=new} for a column and {@code schema.old_table=new_table} for a table.
 */
public final class Renames {
    public static final Renames NONE = new Renames(Map.of(), Map.of());

    private final Map<QualifiedName, QualifiedName> tables;
    private final Map<QualifiedName, Map<String, String>> columns;

    private Renames(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    /** Parses hints; a malformed hint is a usage error that shows the two accepted forms. */
    public static Renames parse(List<String> hints) {
        Map<QualifiedName, QualifiedName> tables = new TreeMap<>();
        Map<QualifiedName, Map<String, String>> columns = new TreeMap<>();
        for (String hint : hints) {
            int eq = hint.indexOf('=');
            String[] left = eq < 0 ? new String[0] : hint.substring(0, eq).split("\\.");
            String right = eq < 0 ? "" : hint.substring(eq + 1);
            if (right.isEmpty() || right.contains(".") || (left.length != 2 && left.length != 3)) {
                throw new StrataException(ExitCode.USAGE, "cannot read rename hint '" + hint
                        + "': write schema.table.old_column=new_column or schema.old_table=new_table");
            }
            if (left.length == 2) {
                tables.put(QualifiedName.of(left[0], left[1]), QualifiedName.of(left[0], right));
            } else {
                columns.computeIfAbsent(QualifiedName.of(left[0], left[1]), k -> new TreeMap<>()).put(left[2], right);
            }
        }
        return new Renames(Map.copyOf(tables), Map.copyOf(columns));
    }

    /** The new name of a table the user said was renamed. */
    public Optional<QualifiedName> tableRenamedTo(QualifiedName from) {
        return Optional.ofNullable(tables.get(from));
    }

    /**
     * Column renames of a table, old name to new. Hints may name the table by its old or its new name.
     */
    public Map<String, String> columns(QualifiedName oldTable, QualifiedName newTable) {
        Map<String, String> out = new TreeMap<>(columns.getOrDefault(oldTable, Map.of()));
        out.putAll(columns.getOrDefault(newTable, Map.of()));
        return out;
    }

    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }
}
