package dev.strata.dialect.sqlite;

import dev.strata.diff.*;
import dev.strata.model.Column;
import dev.strata.model.QualifiedName;

import java.util.Set;

/** Which changes alter a table's shape, which of those SQLite's ALTER TABLE can do, and which table they touch. */
final class ShapeChanges {
    private ShapeChanges() {
    }

    /**
     * Table changes that leave the table's shape to ALTER TABLE or CREATE/DROP INDEX: a rebuild is never needed for
     * them (a rebuild recreates the indexes and takes the plan's column renames along itself).
     */
    private static final Set<Class<? extends TableChange>> IN_PLACE =
            Set.of(AddIndex.class, DropIndex.class, RenameColumn.class);

    /** The table whose shape the change alters, or null for changes that leave shapes alone. */
    static QualifiedName tableOf(Change c) {
        return c instanceof TableChange t && !IN_PLACE.contains(t.getClass()) ? t.table() : null;
    }

    /** Everything but a column ADD COLUMN can take needs the rebuild. */
    static boolean needsRebuild(Change c) {
        return !(c instanceof AddColumn add && simpleAdd(add.column()));
    }

    /** Constraint drops run early in a plan, before index and view drops. */
    static boolean isEarlyDrop(Change c) {
        return c instanceof DropForeignKey || c instanceof DropUnique || c instanceof DropCheck
                || c instanceof DropPrimaryKey;
    }

    /**
     * ADD COLUMN takes a column that is nullable or has a constant default, and is not a stored generated column
     * (https://www.sqlite.org/lang_altertable.html#altertabaddcol).
     */
    static boolean simpleAdd(Column c) {
        boolean constantDefault = c.defaultValue() != null && !c.defaultValue().toUpperCase().startsWith("CURRENT_")
                && !c.defaultValue().startsWith("(");
        boolean storedGenerated = c.generated() != null && c.generated().stored();
        return (c.nullable() || constantDefault) && !storedGenerated && c.identity() == null;
    }
}
