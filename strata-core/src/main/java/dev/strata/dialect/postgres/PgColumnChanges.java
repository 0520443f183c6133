package dev.strata.dialect.postgres;

import dev.strata.diff.ColumnChange;
import dev.strata.diff.ModifyColumn;
import dev.strata.model.Column;
import dev.strata.model.Identity;
import dev.strata.model.OptionKeys;
import dev.strata.model.QualifiedName;
import dev.strata.model.SequenceOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ALTER TABLE statements that turn one column into another in place, keeping its values
 * (https://www.postgresql.org/docs/15/sql-altertable.html). Only a new or changed generation expression needs the
 * column dropped and added again.
 */
final class PgColumnChanges {
    private final ModifyColumn change;
    private final QualifiedName table;
    private final Column from;
    private final Column to;
    private final boolean viaText;
    private final List<String> out = new ArrayList<>();

    private PgColumnChanges(ModifyColumn change, boolean viaText) {
        this.change = change;
        this.viaText = viaText;
        this.table = change.table();
        this.from = change.from();
        this.to = change.to();
    }

    /**
     * @param viaText cast through text (between enums, or from an enum): PostgreSQL has no direct cast between two
     *                enum types
     */
    static List<String> of(ModifyColumn change, boolean viaText) {
        PgColumnChanges changes = new PgColumnChanges(change, viaText);
        changes.render();
        return changes.out;
    }

    private void render() {
        if (change.changes(ColumnChange.GENERATED) && to.generated() != null) {
            out.add(alter(table) + "DROP COLUMN " + PgNames.ident(from.name()));
            out.add(alter(table) + "ADD COLUMN " + PostgresDdl.columnDefinition(to));
            return;
        }
        if (from.generated() != null && to.generated() == null) {
            out.add(column() + "DROP EXPRESSION");
        }
        boolean identityAdded = realIdentity(from) == null && realIdentity(to) != null;
        if (!identityAdded) {
            identity();   // before NOT NULL changes: an identity column cannot drop NOT NULL
        }
        boolean retyped = change.changes(ColumnChange.TYPE) || change.changes(ColumnChange.COLLATION);
        boolean inherited = to.options().containsKey(OptionKeys.INHERITED);
        if (retyped && !inherited) {
            type();
        } else if (change.changes(ColumnChange.DEFAULT)) {
            defaultValue(from.defaultValue() != null);
        }
        if (change.changes(ColumnChange.NULLABILITY)) {
            out.add(alter(table) + "ALTER COLUMN " + PgNames.ident(to.name())
                    + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (identityAdded) {
            identity();   // after: identity needs NOT NULL and no default
        }
        settings(retyped && !inherited);
    }

    /** ALTER TYPE with a USING cast; a default that cannot be cast automatically is dropped and set again. */
    private void type() {
        if (from.defaultValue() != null) {
            out.add(onlyColumn() + "DROP DEFAULT");
        }
        String collate = to.collation() == null ? "" : " COLLATE " + to.collation();
        out.add(column() + "TYPE " + to.type() + collate + " USING " + PgNames.ident(to.name())
                + (viaText ? "::text" : "") + "::" + to.type());
        if (to.defaultValue() != null) {
            out.add(onlyColumn() + "SET DEFAULT " + to.defaultValue());
        }
    }

    private void defaultValue(boolean had) {
        if (to.defaultValue() != null) {
            out.add(onlyColumn() + "SET DEFAULT " + to.defaultValue());
        } else if (had) {
            out.add(onlyColumn() + "DROP DEFAULT");
        }
    }

    private void identity() {
        Identity a = realIdentity(from);
        Identity b = realIdentity(to);
        if (Objects.equals(a, b) && Objects.equals(from.options().get(OptionKeys.IDENTITY_SEQUENCE),
                to.options().get(OptionKeys.IDENTITY_SEQUENCE))) {
            return;
        }
        if (b == null) {
            out.add(column() + "DROP IDENTITY");
        } else if (a == null) {
            String definition = PostgresDdl.columnDefinition(identityOnly(to));
            out.add(column() + "ADD" + definition.substring(definition.indexOf(" GENERATED ")));
        } else {
            StringBuilder sb = new StringBuilder(column()).append("SET GENERATED ")
                    .append(b.kind() == Identity.Kind.ALWAYS ? "ALWAYS" : "BY DEFAULT");
            if (b.sequence() != null && !b.sequence().equals(a.sequence())) {
                sb.append(sequenceSets(b.sequence()));
            }
            out.add(sb.toString());
        }
    }

    /** The column with nothing but its name, type and identity, whose definition ends in GENERATED ... AS IDENTITY. */
    private static Column identityOnly(Column c) {
        java.util.Map<String, String> options = new java.util.TreeMap<>();
        if (c.options().containsKey(OptionKeys.IDENTITY_SEQUENCE)) {
            options.put("identity_sequence", c.options().get(OptionKeys.IDENTITY_SEQUENCE));
        }
        return new Column(c.name(), c.type(), c.normalizedType(), true, null, c.identity(), null, null, null, options);
    }

    private static String sequenceSets(SequenceOptions o) {
        return " SET INCREMENT BY " + o.increment() + " SET MINVALUE " + o.min() + " SET MAXVALUE " + o.max()
                + " SET START WITH " + o.start() + " SET CACHE " + o.cache() + (o.cycle() ? " SET CYCLE" : " SET NO CYCLE");
    }

    /** ALTER TYPE keeps the statistics target and attribute options but resets storage and compression. */
    private void settings(boolean retyped) {
        String sa = from.options().get(OptionKeys.STATISTICS);
        String sb = to.options().get(OptionKeys.STATISTICS);
        if (!Objects.equals(sa, sb)) {
            out.add(column() + "SET STATISTICS " + (sb == null ? "-1" : sb));
        }
        storage(retyped);
        compression(retyped);
        attributeOptions();
    }

    private void storage(boolean retyped) {
        String a = retyped ? null : from.options().get(OptionKeys.STORAGE);
        String b = to.options().get(OptionKeys.STORAGE);
        if (Objects.equals(a, b)) {
            return;
        }
        if (b != null) {
            out.add(column() + "SET STORAGE " + PostgresDdl.storageName(b));
        } else if (from.options().containsKey(OptionKeys.TYPE_STORAGE)) {
            out.add(column() + "SET STORAGE " + PostgresDdl.storageName(from.options().get(OptionKeys.TYPE_STORAGE)));
        }
    }

    private void compression(boolean retyped) {
        String a = retyped ? null : from.options().get(OptionKeys.COMPRESSION);
        String b = to.options().get(OptionKeys.COMPRESSION);
        if (!Objects.equals(a, b)) {
            String method = b == null ? "default" : b.equals("l") ? "lz4" : "pglz";
            out.add(column() + "SET COMPRESSION " + method);
        }
    }

    /** n_distinct and n_distinct_inherited: the ones that go are RESET, the ones that come or change are SET. */
    private void attributeOptions() {
        Map<String, String> a = attributeOptions(from);
        Map<String, String> b = attributeOptions(to);
        List<String> reset = a.keySet().stream().filter(k -> !b.containsKey(k)).toList();
        if (!reset.isEmpty()) {
            out.add(column() + "RESET (" + String.join(", ", reset) + ")");
        }
        List<String> set = b.entrySet().stream().filter(e -> !e.getValue().equals(a.get(e.getKey())))
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        if (!set.isEmpty()) {
            out.add(column() + "SET (" + String.join(", ", set) + ")");
        }
    }

    private static Map<String, String> attributeOptions(Column c) {
        Map<String, String> options = new LinkedHashMap<>();
        String text = c.options().get(OptionKeys.ATTRIBUTE_OPTIONS);
        if (text != null) {
            for (String option : text.split(", ")) {
                int eq = option.indexOf('=');
                options.put(option.substring(0, eq), option.substring(eq + 1));
            }
        }
        return options;
    }

    private static Identity realIdentity(Column c) {
        return isSerial(c) ? null : c.identity();
    }

    private static boolean isSerial(Column c) {
        return c.identity() != null && c.identity().kind() == Identity.Kind.SERIAL;
    }

    private String column() {
        return alter(table) + "ALTER COLUMN " + PgNames.ident(to.name()) + " ";
    }

    /** Defaults are set on the table itself: each partition or child carries its own in the model. */
    private String onlyColumn() {
        return alterOnly(table, to.name());
    }

    static String alterOnly(QualifiedName table, String column) {
        return "ALTER TABLE ONLY " + PgNames.qualified(table) + " ALTER COLUMN " + PgNames.ident(column) + " ";
    }

    static String alter(QualifiedName table) {
        return "ALTER TABLE " + PgNames.qualified(table) + " ";
    }
}
