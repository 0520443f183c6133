package dev.strata.convergence;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives convergence cases from a real schema: one change each (columns added, dropped, retyped, renamed, made NOT
 * NULL, given a default; indexes, uniques, checks and foreign keys added; tables added and renamed), each also run in
 * reverse. The changed table is one whose rows can be seeded, so that data survival is checked too.
 */
final class Mutations {
    private static final Set<Kind> TEXTUAL = EnumSet.of(Kind.VARCHAR, Kind.TEXT, Kind.CHAR, Kind.CLOB);
    private static final Set<Kind> INTEGRAL = EnumSet.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");

    private final SchemaModel base;
    private final String label;

    private Mutations(SchemaModel base, String label) {
        this.base = base;
        this.label = label;
    }

    /** Every case this schema supports, each forwards and reversed. */
    static List<ConvergenceCase> of(SchemaModel base, String label) {
        Mutations m = new Mutations(base, label);
        List<Function<Table, Optional<ConvergenceCase>>> all = List.of(m::addNullableColumn, m::addColumnWithDefault,
                m::dropColumn, m::widenColumn, m::renameColumn, m::setNotNull, m::setDefault, m::addIndex,
                m::addUnique, m::addCheck, m::addForeignKey, m::addTable, m::renameTable);
        List<Table> targets = m.seedableTables();
        List<ConvergenceCase> cases = new ArrayList<>();
        for (int i = 0; i < all.size() && !targets.isEmpty(); i++) {
            for (int k = 0; k < targets.size(); k++) {
                Optional<ConvergenceCase> c = all.get(i).apply(targets.get((i + k) % targets.size()));
                if (c.isPresent()) {
                    cases.add(c.get());
                    cases.add(c.get().reversed());
                    break;
                }
            }
        }
        return cases;
    }

    private Optional<ConvergenceCase> addNullableColumn(Table t) {
        return typeOf(TEXTUAL).map(c -> change("add nullable column", t,
                Edit.addColumn(t, plain("strata_note", c, true, null)), List.of()));
    }

    private Optional<ConvergenceCase> addColumnWithDefault(Table t) {
        return typeOf(INTEGRAL).map(c -> change("add NOT NULL column with default", t,
                Edit.addColumn(t, plain("strata_flag", c, false, "0")), List.of()));
    }

    /** A new column with the type of {@code like} and nothing else of it. */
    private static Column plain(String name, Column like, boolean nullable, String defaultValue) {
        return new Column(name, like.type(), like.normalizedType(), nullable, defaultValue, null, null, null, null,
                Map.of());
    }

    private Optional<ConvergenceCase> dropColumn(Table t) {
        return freeColumn(t, true).map(c -> change("drop column", t, Edit.dropColumn(t, c.name()), List.of()));
    }

    private Optional<ConvergenceCase> widenColumn(Table t) {
        return freeColumn(t, false).filter(c -> c.normalizedType().kind() == Kind.VARCHAR
                && c.normalizedType().length() != null).map(c -> {
                    int n = c.normalizedType().length();
                    Matcher m = LENGTH.matcher(c.type());
                    String type = m.find() ? c.type().substring(0, m.start()) + "(" + (n * 2) + ")"
                            + c.type().substring(m.end()) : c.type();
                    DataType wider = DataType.sized(Kind.VARCHAR, n * 2);
                    return change("widen column", t, Edit.replaceColumn(t, c.name(),
                            Edit.column(c, c.name(), type, wider, c.nullable(), c.defaultValue())), List.of());
                });
    }

    private Optional<ConvergenceCase> renameColumn(Table t) {
        return freeColumn(t, false).map(c -> {
            String to = c.name() + "_renamed";
            Table after = Edit.replaceColumn(t, c.name(), Edit.column(c, to, c.type(), c.normalizedType(),
                    c.nullable(), c.defaultValue()));
            String hint = t.name().schema() + "." + t.name().name() + "." + c.name() + "=" + to;
            ConvergenceCase plain = change("rename column", t, after, List.of(hint));
            Map<String, String> survivors = new LinkedHashMap<>(plain.survivors());
            survivors.put(c.name(), to);
            return new ConvergenceCase(plain.name(), plain.before(), plain.after(), plain.renames(),
                    plain.seededBefore(), plain.seededAfter(), survivors);
        });
    }

    private Optional<ConvergenceCase> setNotNull(Table t) {
        return t.columns().stream().filter(c -> c.nullable() && !inPrimaryKey(t, c) && fillable(c)).findFirst()
                .map(c -> change("set NOT NULL", t, Edit.replaceColumn(t, c.name(), Edit.column(c, c.name(), c.type(),
                        c.normalizedType(), false, "NULL".equalsIgnoreCase(c.defaultValue()) ? null : c.defaultValue())),
                        List.of()));
    }

    private Optional<ConvergenceCase> setDefault(Table t) {
        return t.columns().stream().filter(c -> c.defaultValue() == null && c.identity() == null
                        && c.generated() == null && !inPrimaryKey(t, c) && INTEGRAL.contains(c.normalizedType().kind()))
                .findFirst().map(c -> change("set default", t, Edit.replaceColumn(t, c.name(),
                        Edit.column(c, c.name(), c.type(), c.normalizedType(), c.nullable(), "42")), List.of()));
    }

    private Optional<ConvergenceCase> addIndex(Table t) {
        return freeColumn(t, false).map(c -> {
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.add(new Index("strata_ix_" + t.name().name().toLowerCase(), false,
                    List.of(IndexKey.column(c.name())), List.of(), null, defaultMethod(), null, Map.of(), null));
            return change("add index", t, Edit.indexes(t, indexes), List.of());
        });
    }

    private Optional<ConvergenceCase> addUnique(Table t) {
        if (t.primaryKey() == null) {
            return Optional.empty();
        }
        return freeColumn(t, false).map(c -> {
            List<String> cols = new ArrayList<>(t.primaryKey().columns());
            cols.add(c.name());
            String name = "strata_uq_" + t.name().name().toLowerCase();
            if (base.dialect().equals("mysql")) {
                List<Index> indexes = new ArrayList<>(t.indexes());
                indexes.add(new Index(name, true, cols.stream().map(IndexKey::column).toList(), List.of(), null,
                        "BTREE", null, Map.of(), null));
                return change("add unique", t, Edit.indexes(t, indexes), List.of());
            }
            List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
            uniques.add(new UniqueConstraint(name, cols, null, Map.of()));
            return change("add unique", t, Edit.uniques(t, uniques), List.of());
        });
    }

    private Optional<ConvergenceCase> addCheck(Table t) {
        if (t.primaryKey() == null || t.primaryKey().columns().size() != 1) {
            return Optional.empty();
        }
        String pk = t.primaryKey().columns().get(0);
        Column c = t.column(pk).orElseThrow();
        if (!INTEGRAL.contains(c.normalizedType().kind()) || c.identity() != null) {   // MariaDB: no CHECK on AUTO_INCREMENT
            return Optional.empty();
        }
        List<CheckConstraint> checks = new ArrayList<>(t.checks());
        checks.add(CheckConstraint.of("strata_ck_" + t.name().name().toLowerCase(), quote(pk) + " >= 0"));
        return Optional.of(change("add check", t, Edit.checks(t, checks), List.of()));
    }

    private Optional<ConvergenceCase> addForeignKey(Table t) {
        Schema s = base.schema(t.name().schema()).orElseThrow();
        for (Table parent : s.tables()) {
            PrimaryKey pk = parent.primaryKey();
            if (parent.name().equals(t.name()) || pk == null || pk.columns().size() != 1 || parent.partitionBy() != null) {
                continue;
            }
            Column target = parent.column(pk.columns().get(0)).orElseThrow();
            Column ref = new Column("strata_ref", target.type(), target.normalizedType(), true, null, null, null,
                    null, null, Map.of());
            Table after = Edit.addColumn(t, ref);
            List<ForeignKey> fks = new ArrayList<>(after.foreignKeys());
            fks.add(new ForeignKey("strata_fk_" + t.name().name().toLowerCase(), List.of("strata_ref"), parent.name(),
                    pk.columns(), "NO ACTION", "NO ACTION", false, false, "SIMPLE", true, null));
            return Optional.of(change("add foreign key", t, Edit.foreignKeys(after, fks), List.of()));
        }
        return Optional.empty();
    }

    private Optional<ConvergenceCase> addTable(Table t) {
        Optional<Column> id = typeOf(INTEGRAL);
        Optional<Column> text = typeOf(TEXTUAL);
        if (id.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        QualifiedName name = QualifiedName.of(t.name().schema(), "strata_extra");
        Column idCol = new Column("id", id.get().type(), id.get().normalizedType(), false, null, null, null, null,
                null, Map.of());
        Column labelCol = new Column("label", text.get().type(), text.get().normalizedType(), true, null, null, null,
                null, null, Map.of());
        Table extra = new Table(name, List.of(idCol, labelCol), PrimaryKey.of(switch (base.dialect()) {
                    case "mysql" -> "PRIMARY";
                    case "sqlite" -> null;
                    default -> "strata_extra_pkey";
                }, List.of("id")), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), RowSecurity.NONE,
                null, null, List.of(), tableOptionsLike(t), null);
        return Optional.of(new ConvergenceCase(label + ": add table", base, Edit.addTable(base, extra), List.of(),
                t.name(), t.name(), identity(t)));
    }

    private Optional<ConvergenceCase> renameTable(Table t) {
        if (referenced(t.name().name())) {
            return Optional.empty();
        }
        QualifiedName to = QualifiedName.of(t.name().schema(), t.name().name() + "_renamed");
        SchemaModel after = Edit.addTable(Edit.dropTable(base, t.name()), Edit.renamed(t, to));
        String hint = t.name().schema() + "." + t.name().name() + "=" + to.name();
        return Optional.of(new ConvergenceCase(label + ": rename table", base, after, List.of(hint), t.name(), to,
                identity(t)));
    }

    private ConvergenceCase change(String what, Table before, Table after, List<String> renames) {
        Map<String, String> survivors = new LinkedHashMap<>();
        for (Column c : before.columns()) {
            if (after.column(c.name()).isPresent() && !RowValues.skipped(c)) {
                survivors.put(c.name(), c.name());
            }
        }
        return new ConvergenceCase(label + ": " + what + " on " + before.name().name(), base,
                Edit.table(base, before.name(), x -> after), renames, before.name(), after.name(), survivors);
    }

    private static Map<String, String> identity(Table t) {
        Map<String, String> m = new LinkedHashMap<>();
        t.columns().stream().filter(c -> !RowValues.skipped(c)).forEach(c -> m.put(c.name(), c.name()));
        return m;
    }

    /**
     * Tables whose rows this harness can write without touching other tables: a primary key, no foreign keys, no
     * checks that could reject sample values, not partitioned, every required column fillable.
     */
    private List<Table> seedableTables() {
        List<Table> out = new ArrayList<>();
        for (Schema s : base.schemas()) {
            for (Table t : s.tables()) {
                boolean simple = t.primaryKey() != null && t.foreignKeys().isEmpty() && t.checks().isEmpty()
                        && t.partitionBy() == null && t.partitionOf() == null && t.inherits().isEmpty();
                if (simple && t.columns().stream().allMatch(c -> RowValues.skipped(c) || fillable(c)
                        || (c.nullable() && c.normalizedType() != null))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean fillable(Column c) {
        return RowValues.literal(c, 1).isPresent();
    }

    /** A column no key, index, view or trigger names, so that dropping or renaming it is a plain column change. */
    private Optional<Column> freeColumn(Table t, boolean nullableOnly) {
        return t.columns().stream().filter(c -> !inPrimaryKey(t, c) && c.identity() == null && c.generated() == null
                && (!nullableOnly || c.nullable()) && !mentioned(t, c.name()) && fillable(c)).findFirst();
    }

    private boolean mentioned(Table t, String column) {
        String needle = column.toLowerCase();
        boolean inTable = t.indexes().stream().anyMatch(i -> i.keys().stream().anyMatch(k -> needle.equals(
                k.column() == null ? null : k.column().toLowerCase()) || (k.expression() != null
                && k.expression().toLowerCase().contains(needle))))
                || t.uniques().stream().anyMatch(u -> u.columns().stream().anyMatch(x -> x.equalsIgnoreCase(column)));
        boolean inViews = base.schemas().stream().flatMap(s -> s.views().stream())
                .anyMatch(v -> v.definition() != null && v.definition().toLowerCase().contains(needle));
        boolean inTriggers = base.schemas().stream().flatMap(s -> s.tables().stream())
                .flatMap(x -> x.triggers().stream())
                .anyMatch(tr -> tr.definition() != null && tr.definition().toLowerCase().contains(needle));
        return inTable || inViews || inTriggers;
    }

    private boolean referenced(String table) {
        String needle = table.toLowerCase();
        for (Schema s : base.schemas()) {
            for (View v : s.views()) {
                if (v.definition() != null && v.definition().toLowerCase().contains(needle)) {
                    return true;
                }
            }
            for (Table t : s.tables()) {
                if (t.triggers().stream().anyMatch(tr -> tr.definition() != null
                        && tr.definition().toLowerCase().contains(needle))) {
                    return true;
                }
            }
            if (s.routines().stream().anyMatch(r -> r.definition() != null && r.definition().toLowerCase().contains(needle))) {
                return true;
            }
        }
        return referencedByForeignKey(QualifiedName.of(base.schemas().get(0).name(), table));
    }

    private boolean referencedByForeignKey(QualifiedName table) {
        return base.schemas().stream().flatMap(s -> s.tables().stream()).flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equals(table));
    }

    private static boolean inPrimaryKey(Table t, Column c) {
        return t.primaryKey() != null && t.primaryKey().columns().contains(c.name());
    }

    /** A column of the wanted kind anywhere in the schema, to copy its dialect's spelling of the type. */
    private Optional<Column> typeOf(Set<Kind> kinds) {
        return base.schemas().stream().flatMap(s -> s.tables().stream()).flatMap(t -> t.columns().stream())
                .filter(c -> c.normalizedType() != null && kinds.contains(c.normalizedType().kind())
                        && c.generated() == null && c.collation() == null && c.identity() == null
                        && (c.defaultValue() == null || c.defaultValue().equalsIgnoreCase("NULL")))
                .findFirst();
    }

    private String defaultMethod() {
        return switch (base.dialect()) {
            case "postgresql" -> "btree";
            case "mysql" -> "BTREE";
            default -> null;
        };
    }

    private Map<String, String> tableOptionsLike(Table t) {
        return base.dialect().equals("mysql") ? t.options() : Map.of();
    }

    private String quote(String identifier) {
        if (base.dialect().equals("postgresql") && !identifier.equals(identifier.toLowerCase())) {
            return "\"" + identifier + "\"";
        }
        return identifier;
    }
}
