package dev.strata.dialect.postgres;

import dev.strata.diff.AddCheck;
import dev.strata.diff.AddForeignKey;
import dev.strata.diff.AddIndex;
import dev.strata.diff.AddUnique;
import dev.strata.diff.Change;
import dev.strata.diff.ColumnChange;
import dev.strata.diff.DropIndex;
import dev.strata.diff.ModifyColumn;
import dev.strata.model.OptionKeys;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.plan.Step;
import dev.strata.plan.StepCost;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the plain statements of a change on a table that already holds rows into the ones that let the
 * application keep writing (https://www.postgresql.org/docs/15/sql-altertable.html, Notes):
 * <ul>
 * <li>indexes are built and dropped CONCURRENTLY, outside any transaction;</li>
 * <li>foreign keys and checks are added NOT VALID (a brief lock, no scan), then validated in a statement of their
 *     own, which scans under a lock that lets writes through;</li>
 * <li>SET NOT NULL follows a validated {@code CHECK (col IS NOT NULL)}, which lets PostgreSQL 12+ skip its scan
 *     under ACCESS EXCLUSIVE; the check is dropped afterwards (before 12 the check would spare nothing: the
 *     plain statement stays, and says that it scans under that lock);</li>
 * <li>a unique constraint takes over a unique index built concurrently ({@code USING INDEX}).</li>
 * </ul>
 * Tables created by the plan and partitioned tables (which refuse CONCURRENTLY and NOT VALID foreign keys) keep the
 * plain statements. Validation statements are not transactional, so that the brief lock of the NOT VALID statement
 * is committed before the scan starts.
 */
final class PgOnline {
    /** A validated check lets PostgreSQL 12+ skip the scan; the lock stays, briefly. */
    private static final StepCost NOT_NULL_AFTER_CHECK = new StepCost("ACCESS EXCLUSIVE", StepCost.Work.NONE,
            StepCost.Blocks.READS);
    private final SchemaModel from;
    private final SchemaModel to;
    private final Set<QualifiedName> createdTables;
    private final Set<QualifiedName> droppedTables;
    private final ServerVersion server;

    PgOnline(SchemaModel from, SchemaModel to, Set<QualifiedName> createdTables, Set<QualifiedName> droppedTables,
             ServerVersion server) {
        this.from = from;
        this.to = to;
        this.createdTables = createdTables;
        this.droppedTables = droppedTables;
        this.server = server;
    }

    /** The online statements of {@code change}, or {@code plain} where the plain ones are the right ones. */
    List<Step> rewrite(Change change, List<Step> plain) {
        if (plain.isEmpty()) {
            return plain;
        }
        if (change instanceof AddIndex a && onExistingPlainTable(a.table()) && concurrentlyBuildable(a)) {
            return replaceFirst(plain, concurrently(plain.get(0).sql()));
        }
        if (change instanceof DropIndex d && onExistingPlainTable(d.table()) && !droppedTables.contains(d.table())
                && plain.get(0).sql().startsWith("DROP INDEX ")) {
            return replaceFirst(plain, List.of(outside("DROP INDEX CONCURRENTLY "
                    + plain.get(0).sql().substring("DROP INDEX ".length()))));
        }
        if (change instanceof AddForeignKey f && onExistingPlainTable(f.table()) && f.foreignKey().valid()) {
            return replaceFirst(plain, notValidThenValidate(plain.get(0), f.table(), f.foreignKey().name()));
        }
        if (change instanceof AddCheck c && onExistingPlainTable(c.table()) && c.check().valid()) {
            return replaceFirst(plain, notValidThenValidate(plain.get(0), c.table(), c.check().name()));
        }
        if (change instanceof AddUnique u && onExistingPlainTable(u.table()) && usableAsIndex(u.unique())) {
            return replaceFirst(plain, uniqueUsingIndex(u.table(), u.unique()));
        }
        if (change instanceof ModifyColumn m && onExistingPlainTable(m.table())
                && m.changes(ColumnChange.NULLABILITY) && !m.to().nullable() && server.atLeast(12, 0, 0)) {
            return setNotNullThroughCheck(m, plain);
        }
        return plain;
    }

    private boolean onExistingPlainTable(QualifiedName table) {
        if (createdTables.contains(table)) {
            return false;
        }
        Table before = from.table(table).orElse(null);
        Table after = to.table(table).orElse(null);
        return before != null && before.partitionBy() == null && before.partitionOf() == null
                && (after == null || after.partitionBy() == null && after.partitionOf() == null);
    }

    private static boolean concurrentlyBuildable(AddIndex a) {
        return !"exclusion".equals(a.index().options().get(OptionKeys.CONSTRAINT))
                && !a.index().options().containsKey(OptionKeys.ATTACHED_TO);
    }

    private static List<Step> concurrently(String createIndex) {
        return List.of(outside(createIndex.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ")));
    }

    private static List<Step> notValidThenValidate(Step add, QualifiedName table, String constraint) {
        return List.of(Step.of(add.sql() + " NOT VALID"), validate(table, constraint));
    }

    private static Step validate(QualifiedName table, String constraint) {
        return outside("ALTER TABLE " + PgNames.qualified(table) + " VALIDATE CONSTRAINT " + PgNames.ident(constraint));
    }

    /** USING INDEX takes no storage options of its own; those stay with the plain statement. */
    private static boolean usableAsIndex(UniqueConstraint u) {
        return !u.options().containsKey(OptionKeys.WITH) && !u.options().containsKey(OptionKeys.TABLESPACE)
                && !u.options().containsKey(OptionKeys.ATTACHED_TO);
    }

    private static List<Step> uniqueUsingIndex(QualifiedName table, UniqueConstraint u) {
        String nulls = u.options().containsKey(OptionKeys.NULLS_NOT_DISTINCT) ? " NULLS NOT DISTINCT" : "";
        String deferrable = u.options().get("deferrable");
        String name = PgNames.ident(u.name());
        return List.of(
                outside("CREATE UNIQUE INDEX CONCURRENTLY " + name + " ON " + PgNames.qualified(table) + " ("
                        + String.join(", ", u.columns().stream().map(PgNames::ident).toList()) + ")" + nulls),
                Step.of("ALTER TABLE " + PgNames.qualified(table) + " ADD CONSTRAINT " + name + " UNIQUE USING INDEX "
                        + name + (deferrable == null ? "" : " DEFERRABLE " + deferrable.toUpperCase(java.util.Locale.ROOT))));
    }

    private List<Step> setNotNullThroughCheck(ModifyColumn m, List<Step> plain) {
        String column = PgNames.ident(m.to().name());
        String table = PgNames.qualified(m.table());
        String check = PgNames.ident(checkName(m.table(), m.to().name()));
        List<Step> out = new ArrayList<>();
        for (Step s : plain) {
            if (s.sql().endsWith("ALTER COLUMN " + column + " SET NOT NULL")) {
                out.add(new Step("ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + column
                        + " IS NOT NULL) NOT VALID", s.hazard(), true));
                out.add(validate(m.table(), checkName(m.table(), m.to().name())));
                out.add(Step.of(s.sql()).withCost(NOT_NULL_AFTER_CHECK));
                out.add(Step.of("ALTER TABLE " + table + " DROP CONSTRAINT " + check));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** A name no model constraint has, within PostgreSQL's 63 bytes. */
    static String checkName(QualifiedName table, String column) {
        String name = table.name() + "_" + column + "_not_null_strata";
        return name.length() <= 63 ? name : name.substring(name.length() - 63);
    }

    private static Step outside(String sql) {
        return new Step(sql, null, false);
    }

    private static List<Step> replaceFirst(List<Step> plain, List<Step> online) {
        List<Step> out = new ArrayList<>(online);
        if (plain.get(0).hazard() != null) {
            Step first = out.get(0);
            out.set(0, new Step(first.sql(), plain.get(0).hazard(), first.transactional()));
        }
        out.addAll(plain.subList(1, plain.size()));
        return out;
    }
}
