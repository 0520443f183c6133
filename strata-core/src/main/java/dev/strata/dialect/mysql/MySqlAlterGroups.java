package dev.strata.dialect.mysql;

import dev.strata.diff.AddCheck;
import dev.strata.diff.AddColumn;
import dev.strata.diff.AddIndex;
import dev.strata.diff.AddPrimaryKey;
import dev.strata.diff.AddUnique;
import dev.strata.diff.Change;
import dev.strata.diff.ColumnChange;
import dev.strata.diff.DropCheck;
import dev.strata.diff.DropColumn;
import dev.strata.diff.DropIndex;
import dev.strata.diff.DropPrimaryKey;
import dev.strata.diff.DropUnique;
import dev.strata.diff.ModifyColumn;
import dev.strata.diff.TableChange;
import dev.strata.model.Column;
import dev.strata.model.IndexKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes of one table that MariaDB only accepts in one ALTER TABLE, found before rendering:
 * <ul>
 *   <li>the columns added to a table, with AFTER naming the column before each in the target, ordered by their
 *       position, so that none names a column not yet added;</li>
 *   <li>an AUTO_INCREMENT column and the keys over it ("there can be only one auto column and it must be defined as
 *       a key", https://mariadb.com/kb/en/auto_increment/), added, dropped or gaining/losing AUTO_INCREMENT;</li>
 *   <li>not at all: a column-level CHECK (MariaDB names it after its column, and a JSON column carries an implicit
 *       {@code CHECK (json_valid(col))}) comes and goes with its column, so its AddCheck/DropCheck renders nothing.</li>
 * </ul>
 * {@link #arranged} moves a group's members to where its last member stands, in clause order (added columns by
 * position, dropped keys before the columns they cover); the renderer then makes them one ALTER whose clauses are the
 * members' clauses, in the order given.
 */
final class MySqlAlterGroups {
    /** The changes whose clauses MariaDB may need in one ALTER with others of their table. */
    private static final Set<Class<? extends TableChange>> GROUPABLE = Set.of(AddColumn.class, DropColumn.class,
            ModifyColumn.class, AddPrimaryKey.class, DropPrimaryKey.class, AddUnique.class, DropUnique.class,
            AddIndex.class, DropIndex.class);

    private final SchemaModel from;
    private final SchemaModel to;
    private final Map<Change, String> groupOf = new LinkedHashMap<>();
    private final Map<String, List<Change>> members = new LinkedHashMap<>();
    private final Set<Change> withColumn = new HashSet<>();

    MySqlAlterGroups(List<Change> ordered, SchemaModel from, SchemaModel to, Set<QualifiedName> created) {
        this.from = from;
        this.to = to;
        for (Change c : ordered) {
            String key = groupKey(c, ordered, created);
            if (key != null) {
                groupOf.put(c, key);
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
            if (goesWithItsColumn(c, ordered)) {
                withColumn.add(c);
            }
        }
        members.values().removeIf(list -> list.size() < 2);
        groupOf.keySet().removeIf(c -> !members.containsKey(groupOf.get(c)));
    }

    /** True for a column-level CHECK that its column's ADD or DROP COLUMN brings or takes along. */
    boolean goesWithItsColumn(Change c) {
        return withColumn.contains(c);
    }

    /** The group of a change that is the last of its group, or null; a change of a group that is not last: empty. */
    List<Change> groupEndingWith(Change c) {
        String key = groupOf.get(c);
        if (key == null) {
            return null;
        }
        List<Change> list = members.get(key);
        return list.get(list.size() - 1) == c ? list : List.of();
    }

    /** The changes these groups were found in, each group's members together where its last one was, in clause order. */
    List<Change> arranged(List<Change> ordered) {
        List<Change> out = new ArrayList<>(ordered.size());
        for (Change c : ordered) {
            List<Change> group = groupEndingWith(c);
            if (group == null) {
                out.add(c);
            } else if (!group.isEmpty()) {
                out.addAll(inClauseOrder(group));   // the earlier members go here, with the last
            }
        }
        return out;
    }

    boolean grouped(Change c) {
        return groupOf.containsKey(c);
    }

    /** Added columns by target position, then keys; dropped keys before the columns they cover. */
    private List<Change> inClauseOrder(List<Change> list) {
        List<Change> sorted = new ArrayList<>(list);
        QualifiedName table = tableOf(list.get(0));
        List<String> positions = to.table(table).map(t -> t.columns().stream().map(Column::name).toList())
                .orElse(List.of());
        sorted.sort(Comparator.comparingInt((Change c) -> rank(c)).thenComparingInt(c ->
                c instanceof AddColumn a ? positions.indexOf(a.column().name()) : 0));
        return sorted;
    }

    private static int rank(Change c) {
        if (c instanceof DropPrimaryKey || c instanceof DropIndex || c instanceof DropUnique) {
            return 0;
        }
        return c instanceof DropColumn || c instanceof AddColumn || c instanceof ModifyColumn ? 1 : 2;
    }

    private String groupKey(Change c, List<Change> ordered, Set<QualifiedName> created) {
        QualifiedName table = tableOf(c);
        if (table == null || created.contains(table)) {
            return null;
        }
        if (c instanceof AddColumn) {
            return "add " + table;
        }
        if (c instanceof DropColumn d && d.column().identity() != null) {
            return "drop " + table;
        }
        if (c instanceof ModifyColumn m && becomesOrStopsAutoIncrement(m)) {
            return "auto " + table;
        }
        List<String> keyColumns = keyColumns(c);
        if (keyColumns.isEmpty()) {
            return null;
        }
        for (Change other : ordered) {
            if (!table.equals(tableOf(other))) {
                continue;
            }
            boolean adding = c instanceof AddPrimaryKey || c instanceof AddIndex || c instanceof AddUnique;
            if (adding && other instanceof AddColumn a && a.column().identity() != null
                    && keyColumns.contains(a.column().name())) {
                return "add " + table;
            }
            if (!adding && other instanceof DropColumn d && d.column().identity() != null
                    && keyColumns.contains(d.column().name())) {
                return "drop " + table;
            }
            if (other instanceof ModifyColumn m && becomesOrStopsAutoIncrement(m)
                    && keyColumns.contains(m.to().name())) {
                return "auto " + table;
            }
        }
        return null;
    }

    private static boolean becomesOrStopsAutoIncrement(ModifyColumn m) {
        return m.changes(ColumnChange.IDENTITY) && (m.from().identity() == null) != (m.to().identity() == null);
    }

    private boolean goesWithItsColumn(Change c, List<Change> ordered) {
        if (c instanceof AddCheck a) {
            return ordered.stream().anyMatch(o -> o instanceof AddColumn ac && ac.table().equals(a.table())
                    && ac.column().name().equals(a.check().name()) && isColumnCheck(to, a.table(), ac.column()));
        }
        if (c instanceof DropCheck d) {
            return ordered.stream().anyMatch(o -> o instanceof DropColumn dc && dc.table().equals(d.table())
                    && dc.column().name().equals(d.check().name()) && isColumnCheck(from, d.table(), dc.column()));
        }
        return false;
    }

    private static boolean isColumnCheck(SchemaModel model, QualifiedName table, Column column) {
        Column c = model.table(table).flatMap(t -> t.column(column.name())).orElse(column);
        return "true".equals(c.options().get(MySqlDdl.COLUMN_CHECK));
    }

    private static List<String> keyColumns(Change c) {
        if (c instanceof AddPrimaryKey a) {
            return a.primaryKey().columns();
        }
        if (c instanceof DropPrimaryKey d) {
            return d.primaryKey().columns();
        }
        if (c instanceof AddUnique a) {
            return a.unique().columns();
        }
        if (c instanceof DropUnique d) {
            return d.unique().columns();
        }
        if (c instanceof AddIndex a) {
            return a.index().keys().stream().map(IndexKey::column).filter(Objects::nonNull).toList();
        }
        if (c instanceof DropIndex d) {
            return d.index().keys().stream().map(IndexKey::column).filter(Objects::nonNull).toList();
        }
        return List.of();
    }

    static QualifiedName tableOf(Change c) {
        return c instanceof TableChange t && GROUPABLE.contains(t.getClass()) ? t.table() : null;
    }
}
