package dev.strata.dialect.postgres;

import dev.strata.model.Column;
import dev.strata.model.EnumType;
import dev.strata.model.Index;
import dev.strata.model.OptionKeys;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.View;
import dev.strata.plan.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Enum changes. Values added without reordering are ALTER TYPE ... ADD VALUE, outside the transaction because a
 * value added in one cannot be used in it (https://www.postgresql.org/docs/15/sql-altertype.html). Anything else
 * rebuilds the type: rename the old one, create the new one, retype every column through text, drop the old one,
 * with the views that read those columns dropped before and created again after.
 */
final class PgEnumChanges {
    private final SchemaModel from;
    private final SchemaModel to;
    private final Set<QualifiedName> tablesDroppedByPlan;
    private final Set<QualifiedName> viewsDroppedByPlan;

    PgEnumChanges(SchemaModel from, SchemaModel to, Set<QualifiedName> tablesDroppedByPlan,
                  Set<QualifiedName> viewsDroppedByPlan) {
        this.from = from;
        this.tablesDroppedByPlan = tablesDroppedByPlan;
        this.to = to;
        this.viewsDroppedByPlan = viewsDroppedByPlan;
    }

    List<Step> change(EnumType a, EnumType b) {
        if (a.values().equals(b.values())) {
            return List.of();
        }
        return isSubsequence(a.values(), b.values()) ? addValues(a, b) : rebuild(a, b);
    }

    static boolean isSubsequence(List<String> small, List<String> big) {
        int i = 0;
        for (String v : big) {
            if (i < small.size() && small.get(i).equals(v)) {
                i++;
            }
        }
        return i == small.size();
    }

    private static List<Step> addValues(EnumType a, EnumType b) {
        List<String> values = b.values();
        Set<String> present = new HashSet<>(a.values());
        List<Step> out = new ArrayList<>();
        String type = "ALTER TYPE " + PgNames.qualified(b.name()) + " ADD VALUE ";
        int firstExisting = 0;
        while (firstExisting < values.size() && !present.contains(values.get(firstExisting))) {
            firstExisting++;
        }
        for (int i = firstExisting - 1; i >= 0 && firstExisting < values.size(); i--) {
            out.add(new Step(type + PgNames.literal(values.get(i)) + " BEFORE " + PgNames.literal(values.get(i + 1)),
                    null, false));
        }
        for (int i = Math.max(firstExisting, 1); i < values.size(); i++) {
            if (!present.contains(values.get(i))) {
                out.add(new Step(type + PgNames.literal(values.get(i)) + " AFTER "
                        + PgNames.literal(values.get(i - 1)), null, false));
            }
        }
        return out;
    }

    private List<Step> rebuild(EnumType a, EnumType b) {
        String oldName = a.name().name() + "__strata_old";
        QualifiedName old = QualifiedName.of(a.name().schema(), oldName);
        List<View> views = dependentViews(a.name());
        List<Step> out = new ArrayList<>();
        for (int i = views.size() - 1; i >= 0; i--) {
            View v = views.get(i);
            out.add(Step.of("DROP " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + PgNames.qualified(v.name())));
        }
        out.add(Step.of("ALTER TYPE " + PgNames.qualified(a.name()) + " RENAME TO " + PgNames.ident(oldName)));
        out.add(Step.of(strip(PostgresDdl.createEnum(b))));
        for (Table t : tablesOf(from)) {
            for (Column c : t.columns()) {
                if (usesType(c.type(), a.name()) && !c.options().containsKey(OptionKeys.INHERITED)) {
                    out.addAll(retype(t, c, b.name()));
                }
            }
        }
        out.add(Step.of("DROP TYPE " + PgNames.qualified(old)));
        for (View v : views) {
            out.add(Step.of(strip(PostgresDdl.createView(v, true))));
            for (Index x : v.indexes()) {
                out.add(Step.of(strip(PostgresDdl.createIndex(v.name(), x, false))));
            }
        }
        return out;
    }

    private List<Step> retype(Table t, Column c, QualifiedName type) {
        String alter = "ALTER TABLE ONLY " + PgNames.qualified(t.name()) + " ALTER COLUMN " + PgNames.ident(c.name())
                + " ";
        boolean array = c.type().endsWith("[]");
        String target = PgNames.qualified(type) + (array ? "[]" : "");
        List<Step> out = new ArrayList<>();
        if (c.defaultValue() != null) {
            out.add(Step.of(alter + "DROP DEFAULT"));
        }
        out.add(Step.of("ALTER TABLE " + PgNames.qualified(t.name()) + " ALTER COLUMN " + PgNames.ident(c.name())
                + " TYPE " + target + " USING " + PgNames.ident(c.name()) + "::text" + (array ? "[]" : "") + "::"
                + target));
        String targetDefault = to.table(t.name()).flatMap(x -> x.column(c.name())).map(Column::defaultValue)
                .orElse(null);
        if (targetDefault != null) {
            out.add(Step.of(alter + "SET DEFAULT " + targetDefault));
        }
        return out;
    }

    /** Views that read a column of the type (through other views too), in creation order. */
    private List<View> dependentViews(QualifiedName type) {
        Set<QualifiedName> affected = new HashSet<>();
        for (Table t : tablesOf(from)) {
            if (t.columns().stream().anyMatch(c -> usesType(c.type(), type))) {
                affected.add(t.name());
            }
        }
        List<View> all = new ArrayList<>();
        from.schemas().forEach(s -> all.addAll(s.views()));
        Set<QualifiedName> chosen = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View v : all) {
                boolean reads = v.dependsOn().stream().anyMatch(d -> affected.contains(d) || chosen.contains(d))
                        || v.definition().contains("::" + PgNames.ident(type.name()))
                        || v.definition().contains(PgNames.qualified(type));
                if (!chosen.contains(v.name()) && reads && !viewsDroppedByPlan.contains(v.name())) {
                    chosen.add(v.name());
                    grew = true;
                }
            }
        }
        List<View> ordered = new ArrayList<>();
        Set<QualifiedName> placed = new HashSet<>();
        while (ordered.size() < chosen.size()) {
            int before = ordered.size();
            for (View v : all) {
                if (chosen.contains(v.name()) && !placed.contains(v.name()) && v.dependsOn().stream()
                        .noneMatch(d -> chosen.contains(d) && !placed.contains(d) && !d.equals(v.name()))) {
                    ordered.add(v);
                    placed.add(v.name());
                }
            }
            if (ordered.size() == before) {
                break;   // a cycle: the database reports it
            }
        }
        return ordered;
    }

    /** The tables of the model that still exist when types change (drops come first). */
    private List<Table> tablesOf(SchemaModel model) {
        List<Table> tables = new ArrayList<>();
        for (Schema s : model.schemas()) {
            s.tables().stream().filter(t -> !tablesDroppedByPlan.contains(t.name())).forEach(tables::add);
        }
        return tables;
    }

    /** format_type spells a type qualified unless its schema is on the search path, and arrays with "[]". */
    static boolean usesType(String columnType, QualifiedName type) {
        String base = columnType.endsWith("[]") ? columnType.substring(0, columnType.length() - 2) : columnType;
        return base.equals(PgNames.qualified(type)) || base.equals(PgNames.ident(type.name()))
                && "public".equals(type.schema());
    }

    static String strip(String statement) {
        return statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement;
    }
}
