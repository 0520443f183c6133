package dev.strata.diff;

/**
 * One change between two schemas. A change that destroys something holds the whole destroyed object, so that
 * {@link #reverse()} is exact and every plan has a downgrade: the reverse of each change, in reverse order.
 */
public sealed interface Change permits TableChange, CreateSchema, DropSchema, AddExtension, DropExtension,
        ModifyExtension, AddTable, DropTable, RenameTable, AddTrigger, DropTrigger, AddRule, DropRule, SetRowSecurity,
        AddPolicy, DropPolicy, AddView, DropView, AddSequence, DropSequence, ModifySequence, AddEnum, DropEnum,
        ModifyEnum, AddDomain, DropDomain, ModifyDomain, AddCompositeType, DropCompositeType, AddRoutine, DropRoutine,
        ModifyRoutine, AddEvent, DropEvent, ModifyEvent, SetComment, AddGrant, DropGrant, SetOwner {
    /** The change that undoes this one; {@code reverse().reverse()} equals this change. */
    Change reverse();

    /**
     * What this change can destroy or make fail on existing data, in one line, or null when it is safe. Plans mark
     * these in their output and comment them in the SQL.
     */
    default String hazard() {
        return null;
    }

    <R> R accept(ChangeVisitor<R> visitor);
}
