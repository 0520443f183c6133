package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.QualifiedName;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Changes a column's type, nullability, default, identity, generation, collation or options.
 *
 * @param changed what differs between {@code from} and {@code to}, worked out once by the differ
 *                ({@link ColumnChange#between}); renderers and plans read it instead of comparing the columns again
 */
public record ModifyColumn(QualifiedName table, Column from, Column to, Set<ColumnChange> changed)
        implements TableChange {
    public ModifyColumn {
        changed = changed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(changed));
    }

    /** The change from one column to the other, with what changed worked out from the two. */
    public ModifyColumn(QualifiedName table, Column from, Column to) {
        this(table, from, to, ColumnChange.between(from, to));
    }

    /** True when this change alters the given aspect of the column. */
    public boolean changes(ColumnChange aspect) {
        return changed.contains(aspect);
    }

    @Override
    public Change reverse() {
        return new ModifyColumn(table, to, from, changed);
    }

    @Override
    public String hazard() {
        return ColumnHazards.of(table, from, to);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
