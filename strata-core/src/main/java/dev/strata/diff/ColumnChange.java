package dev.strata.diff;

import dev.strata.model.Column;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One aspect of a column that a {@link ModifyColumn} changes (as Atlas's {@code ChangeKind}). The comment is not
 * one: the differ makes a {@link SetComment} of it.
 */
public enum ColumnChange {
    /** The type as the database spells it (the normalized type follows from it). */
    TYPE,
    NULLABILITY,
    DEFAULT,
    COLLATION,
    /** The generation expression, or whether or how (stored, virtual) the column is generated. */
    GENERATED,
    /** Identity, auto-increment or serial behaviour, including its sequence options. */
    IDENTITY,
    /** A dialect's other column attributes (PostgreSQL storage and statistics, MariaDB ON UPDATE, ...). */
    OPTIONS;

    /** What differs between two versions of a column; the same set in both directions. */
    public static Set<ColumnChange> between(Column from, Column to) {
        EnumSet<ColumnChange> changed = EnumSet.noneOf(ColumnChange.class);
        differs(changed, TYPE, from.type(), to.type());
        differs(changed, NULLABILITY, from.nullable(), to.nullable());
        differs(changed, DEFAULT, from.defaultValue(), to.defaultValue());
        differs(changed, COLLATION, from.collation(), to.collation());
        differs(changed, GENERATED, from.generated(), to.generated());
        differs(changed, IDENTITY, from.identity(), to.identity());
        differs(changed, OPTIONS, from.options(), to.options());
        return Collections.unmodifiableSet(changed);
    }

    private static void differs(Set<ColumnChange> changed, ColumnChange aspect, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changed.add(aspect);
        }
    }
}
