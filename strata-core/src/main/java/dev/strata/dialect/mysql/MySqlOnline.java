package dev.strata.dialect.mysql;

import dev.strata.diff.AddCheck;
import dev.strata.diff.AddColumn;
import dev.strata.diff.AddForeignKey;
import dev.strata.diff.AddIndex;
import dev.strata.diff.AddPrimaryKey;
import dev.strata.diff.AddUnique;
import dev.strata.diff.Change;
import dev.strata.diff.ColumnChange;
import dev.strata.diff.DropCheck;
import dev.strata.diff.DropColumn;
import dev.strata.diff.DropForeignKey;
import dev.strata.diff.DropIndex;
import dev.strata.diff.DropPrimaryKey;
import dev.strata.diff.DropUnique;
import dev.strata.diff.ModifyColumn;
import dev.strata.diff.ObjectKind;
import dev.strata.diff.RenameColumn;
import dev.strata.diff.SetComment;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;
import dev.strata.model.Table;
import dev.strata.plan.Step;
import dev.strata.plan.StepCost;
import dev.strata.plan.StepCost.Blocks;
import dev.strata.plan.StepCost.Work;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ALGORITHM and LOCK clauses of an ALTER TABLE on a table that holds rows, so that MariaDB refuses a change it
 * would otherwise make by silently copying the table (https://mariadb.com/kb/en/innodb-online-ddl-overview/: a named
 * algorithm is the least efficient one accepted). What each change needs was checked on MariaDB 10.11: an added
 * column, a dropped column outside every key, a renamed column, a new default and a dropped foreign key or check are
 * INSTANT; a dropped index NOCOPY; a new index, a nullability change and a dropped indexed column INPLACE with
 * LOCK=NONE (FULLTEXT/SPATIAL keys and auto-increment columns need LOCK=SHARED); a new foreign key INPLACE with
 * foreign_key_checks off, its rows checked after; a type change other than widening a short VARCHAR, a new check
 * and dropping the primary key alone only COPY, which is said. A change this class does not know keeps its plain statement.
 * <p>
 * Older releases have fewer INSTANT changes: columns are added and dropped in place only from MariaDB 10.4 and MySQL
 * 8.0.29 (before, INPLACE rebuilds the table, writes still going on); a default, a rename or a comment is metadata
 * only from MariaDB 10.3 and MySQL 8.0. MySQL has no SET STATEMENT and checks CHECK constraints from 8.0.16: its
 * copy-free foreign key turns foreign_key_checks off for the ALTER with SET, and before 8.0.16 the key is added
 * with the copy that checks its rows.
 */
final class MySqlOnline {
    enum Algorithm { INSTANT, NOCOPY, INPLACE, COPY }

    /** What one ALTER needs: the most expensive of its clauses' needs. */
    record Need(Algorithm algorithm, boolean sharedLock, Work work) {
        static final Need INSTANT = new Need(Algorithm.INSTANT, false, Work.NONE);
        static final Need COPY = new Need(Algorithm.COPY, true, Work.REWRITES);

        Need and(Need other) {
            return new Need(algorithm.compareTo(other.algorithm) >= 0 ? algorithm : other.algorithm,
                    sharedLock || other.sharedLock, work.compareTo(other.work) <= 0 ? work : other.work);
        }

        String clause() {
            return ", ALGORITHM=" + algorithm + ", LOCK=" + (sharedLock ? "SHARED" : "NONE");
        }

        StepCost cost() {
            return new StepCost("ALGORITHM=" + algorithm + ", LOCK=" + (sharedLock ? "SHARED" : "NONE"), work,
                    sharedLock ? Blocks.WRITES : Blocks.NONE);
        }
    }

    private static final Pattern VARCHAR = Pattern.compile("(?i)varchar\\((\\d+)\\)");
    /** The widest character (utf8mb4) times a length below this keeps VARCHAR's one length byte. */
    private static final int ONE_LENGTH_BYTE = 256;
    private static final int MAX_BYTES_PER_CHAR = 4;

    private final SchemaModel from;
    private final Set<QualifiedName> createdTables;
    private final ServerVersion server;

    MySqlOnline(SchemaModel from, Set<QualifiedName> createdTables, ServerVersion server) {
        this.from = from;
        this.createdTables = createdTables;
        this.server = server;
    }

    /** The steps of {@code changes} (one ALTER, or a change's own statements) with their clauses, where known. */
    List<Step> apply(List<Change> changes, List<Step> steps) {
        if (changes.size() == 1 && changes.get(0) instanceof AddForeignKey add && existing(add.table()) != null
                && steps.size() == 1 && checksConstraints()) {
            return foreignKeyWithoutCopy(add, steps.get(0));
        }
        Need need = null;
        for (Change c : changes) {
            Need one = need(c);
            if (one == null) {
                return steps;
            }
            need = need == null ? one : need.and(one);
        }
        Need all = need;
        return all == null ? steps : steps.stream().map(s -> withClause(s, all)).toList();
    }

    /**
     * MariaDB adds a foreign key by copying the table while foreign_key_checks is on (under LOCK=SHARED: writes wait
     * for the copy); with it off for that one statement, INPLACE with LOCK=NONE adds the key without a copy and without
     * looking at the rows.
     * So, as PostgreSQL's NOT VALID then VALIDATE: the key is added first (every write is checked from then on), then
     * the rows already there are checked by counting the orphans into a temporary table whose CHECK, named after the
     * key, fails the revision when there is one.
     */
    private List<Step> foreignKeyWithoutCopy(AddForeignKey add, Step plain) {
        ForeignKey fk = add.foreignKey();
        String scratch = MySqlDdl.quote(shortened("strata_validate_" + fk.name()));
        String orphans = MySqlDdl.quote(shortened(fk.name() + "_has_orphan_rows"));
        StepCost inplace = new StepCost("ALGORITHM=INPLACE, LOCK=NONE", Work.NONE, Blocks.NONE);
        String alter = plain.sql() + ", ALGORITHM=INPLACE, LOCK=NONE";
        List<Step> steps = new ArrayList<>();
        if (server.isMySql()) {
            steps.add(new Step("SET foreign_key_checks = 0", plain.hazard(), false));
            steps.add(new Step(alter, null, false, inplace));
            steps.add(new Step("SET foreign_key_checks = 1", null, false));
            steps.add(new Step("DROP TEMPORARY TABLE IF EXISTS " + scratch, null, false));
            steps.add(new Step("CREATE TEMPORARY TABLE " + scratch + " (orphan_rows BIGINT NOT NULL, CONSTRAINT "
                    + orphans + " CHECK (orphan_rows = 0))", null, false));
        } else {
            // SET STATEMENT: the setting ends with the ALTER, even when it fails on a pooled connection.
            steps.add(new Step("SET STATEMENT foreign_key_checks = 0 FOR " + alter, plain.hazard(), false, inplace));
            steps.add(new Step("CREATE OR REPLACE TEMPORARY TABLE " + scratch + " (orphan_rows BIGINT NOT NULL, "
                    + "CONSTRAINT " + orphans + " CHECK (orphan_rows = 0))", null, false));
        }
        // A plain SELECT reads a snapshot without locking a row; INSERT ... SELECT would share-lock every row of the
        // child table while it scans, holding the application's updates for the whole scan.
        steps.add(new Step(orphanCount(add), null, false, new StepCost("no lock (reads)", Work.SCANS, Blocks.NONE)));
        steps.add(new Step("INSERT INTO " + scratch + " VALUES (@strata_orphan_rows)", null, false));
        steps.add(new Step("DROP TEMPORARY TABLE " + scratch, null, false));
        return steps;
    }

    /** Counts the rows of the child whose key is set and has no parent into {@code @strata_orphan_rows}. */
    private static String orphanCount(AddForeignKey add) {
        ForeignKey fk = add.foreignKey();
        List<String> join = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            join.add("p." + MySqlDdl.quote(fk.referencedColumns().get(i)) + " = c." + MySqlDdl.quote(fk.columns().get(i)));
            present.add("c." + MySqlDdl.quote(fk.columns().get(i)) + " IS NOT NULL");
        }
        String parent = (fk.referencedTable().schema() == null || fk.referencedTable().schema().equals(add.table().schema())
                ? "" : MySqlDdl.quote(fk.referencedTable().schema()) + ".") + MySqlDdl.quote(fk.referencedTable().name());
        return "SELECT COUNT(*) INTO @strata_orphan_rows FROM " + MySqlDdl.quote(add.table().name()) + " c LEFT JOIN " + parent + " p ON "
                + String.join(" AND ", join) + " WHERE " + String.join(" AND ", present) + " AND p."
                + MySqlDdl.quote(fk.referencedColumns().get(0)) + " IS NULL";
    }

    /** The server enforces CHECK constraints, which the orphan count relies on to fail the revision. */
    private boolean checksConstraints() {
        return !server.isMySql() || server.atLeast(8, 0, 16);
    }

    /** Columns are added and dropped without a rebuild. */
    private boolean instantColumns() {
        return server.isMariaDb() ? server.atLeast(10, 4, 0) : !server.isMySql() || server.atLeast(8, 0, 29);
    }

    /** Defaults, renames and comments change the metadata only. */
    private boolean instantMetadata() {
        return server.isMariaDb() ? server.atLeast(10, 3, 0) : !server.isMySql() || server.atLeast(8, 0, 0);
    }

    /** INSTANT where the release has it for the metadata change, else in place without a rebuild. */
    private Need metadataOnly() {
        return instantMetadata() ? Need.INSTANT : new Need(Algorithm.INPLACE, false, Work.NONE);
    }

    /** MariaDB names are at most 64 characters. */
    private static String shortened(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64);
    }

    private static Step withClause(Step s, Need need) {
        if (!s.sql().startsWith("ALTER TABLE ") || s.sql().contains("/*")) {
            return s;
        }
        return new Step(s.sql() + need.clause(), s.hazard(), s.transactional(), need.cost());
    }

    /** What the change needs, or null where this class does not know (or the table is new and empty). */
    private Need need(Change c) {
        Table before = c instanceof dev.strata.diff.TableChange t ? existing(t.table()) : null;
        if (c instanceof SetComment s && s.target().kind() == ObjectKind.TABLE) {
            return existing(s.target().name()) == null ? null : metadataOnly();
        }
        if (before == null) {
            return null;
        }
        Need need = tableChange(c, before);
        // Rebuilding a table rebuilds its FULLTEXT/SPATIAL indexes, which MariaDB does only under LOCK=SHARED
        // ("Fulltext index creation requires a lock", sakila's film_text).
        if (need != null && need.algorithm() == Algorithm.INPLACE && need.work() == Work.REWRITES
                && !need.sharedLock() && hasFullTextOrSpatialIndex(before)) {
            return new Need(need.algorithm(), true, need.work());
        }
        return need;
    }

    private static boolean hasFullTextOrSpatialIndex(Table table) {
        return table.indexes().stream().anyMatch(i -> "FULLTEXT".equals(i.method()) || "SPATIAL".equals(i.method()));
    }

    private Need tableChange(Change c, Table before) {
        if (c instanceof AddColumn a) {
            return addColumn(before, a.column());
        }
        if (c instanceof DropColumn d) {
            return dropColumn(before, d.column().name());
        }
        if (c instanceof ModifyColumn m) {
            return modifyColumn(m);
        }
        if (c instanceof AddIndex a) {
            boolean locks = "FULLTEXT".equals(a.index().method()) || "SPATIAL".equals(a.index().method());
            return new Need(Algorithm.INPLACE, locks, Work.SCANS);
        }
        if (c instanceof AddUnique || c instanceof AddPrimaryKey) {
            return new Need(Algorithm.INPLACE, false, c instanceof AddPrimaryKey ? Work.REWRITES : Work.SCANS);
        }
        if (c instanceof DropIndex || c instanceof DropUnique) {
            return new Need(Algorithm.NOCOPY, false, Work.NONE);
        }
        if (c instanceof RenameColumn) {
            return metadataOnly();
        }
        if (c instanceof DropForeignKey || c instanceof DropCheck) {
            // MySQL drops a foreign key in place (not INSTANT); its CHECK drop is not documented either way.
            return !server.isMySql() ? Need.INSTANT : c instanceof DropForeignKey
                    ? new Need(Algorithm.INPLACE, false, Work.NONE) : null;
        }
        if (c instanceof AddForeignKey || c instanceof AddCheck || c instanceof DropPrimaryKey) {
            return Need.COPY;
        }
        return null;
    }

    private Table existing(QualifiedName table) {
        return createdTables.contains(table) ? null : from.table(table).orElse(null);
    }

    private Need addColumn(Table before, Column column) {
        if (column.identity() != null) {
            return new Need(Algorithm.INPLACE, true, Work.REWRITES);
        }
        if (column.generated() != null && column.generated().stored()) {
            return Need.COPY;
        }
        boolean fullText = before.indexes().stream().anyMatch(i -> "FULLTEXT".equals(i.method()));
        return fullText || !instantColumns() ? new Need(Algorithm.INPLACE, false, Work.REWRITES) : Need.INSTANT;
    }

    private Need dropColumn(Table before, String column) {
        if (before.primaryKey() != null && before.primaryKey().columns().contains(column)) {
            return Need.COPY;
        }
        boolean indexed = before.indexes().stream()
                .anyMatch(i -> i.keys().stream().anyMatch(k -> column.equals(k.column())))
                || before.uniques().stream().anyMatch(u -> u.columns().contains(column));
        return indexed || !instantColumns() ? new Need(Algorithm.INPLACE, false, Work.REWRITES) : Need.INSTANT;
    }

    private Need modifyColumn(ModifyColumn m) {
        Set<ColumnChange> changes = ColumnChange.between(m.from(), m.to());
        if (changes.isEmpty() || Set.of(ColumnChange.DEFAULT).containsAll(changes)) {
            return metadataOnly();
        }
        if (Set.of(ColumnChange.NULLABILITY, ColumnChange.DEFAULT).containsAll(changes)) {
            return new Need(Algorithm.INPLACE, false, Work.REWRITES);
        }
        if (Set.of(ColumnChange.TYPE, ColumnChange.DEFAULT).containsAll(changes)
                && widensShortVarchar(m.from().type(), m.to().type())) {
            // MySQL widens in place without a rebuild, never INSTANT.
            return server.isMySql() ? new Need(Algorithm.INPLACE, false, Work.NONE) : metadataOnly();
        }
        if (changes.contains(ColumnChange.GENERATED) || changes.contains(ColumnChange.IDENTITY)) {
            return null;
        }
        return Need.COPY;
    }

    private static boolean widensShortVarchar(String fromType, String toType) {
        Matcher f = VARCHAR.matcher(fromType);
        Matcher t = VARCHAR.matcher(toType);
        if (!f.matches() || !t.matches()) {
            return false;
        }
        int before = Integer.parseInt(f.group(1));
        int after = Integer.parseInt(t.group(1));
        return after >= before && after * MAX_BYTES_PER_CHAR < ONE_LENGTH_BYTE;
    }
}
