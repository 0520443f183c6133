package dev.strata.plan;

import dev.strata.diff.*;
import dev.strata.model.QualifiedName;

import java.util.Set;

/** Assigns each change its {@link Phase}. Index changes on views run around the views themselves. */
final class PhaseOf implements ChangeVisitor<Phase> {
    private final Set<QualifiedName> createdViews;

    PhaseOf(Set<QualifiedName> createdViews) {
        this.createdViews = createdViews;
    }

    @Override public Phase visit(CreateSchema c) { return Phase.CREATE_SCHEMAS_AND_EXTENSIONS; }
    @Override public Phase visit(DropSchema c) { return Phase.DROP_SCHEMAS_AND_EXTENSIONS; }
    @Override public Phase visit(AddExtension c) { return Phase.CREATE_SCHEMAS_AND_EXTENSIONS; }
    @Override public Phase visit(DropExtension c) { return Phase.DROP_SCHEMAS_AND_EXTENSIONS; }
    @Override public Phase visit(ModifyExtension c) { return Phase.CREATE_SCHEMAS_AND_EXTENSIONS; }
    @Override public Phase visit(AddTable c) { return Phase.CREATE_TABLES; }
    @Override public Phase visit(DropTable c) { return Phase.DROP_TABLES; }
    @Override public Phase visit(RenameTable c) { return Phase.RENAMES; }
    @Override public Phase visit(AddColumn c) { return Phase.ALTER_COLUMNS; }
    @Override public Phase visit(DropColumn c) { return Phase.ALTER_COLUMNS; }
    @Override public Phase visit(RenameColumn c) { return Phase.RENAMES; }
    @Override public Phase visit(ModifyColumn c) { return Phase.ALTER_COLUMNS; }
    @Override public Phase visit(AddPrimaryKey c) { return Phase.ADD_KEYS_AND_CHECKS; }
    @Override public Phase visit(DropPrimaryKey c) { return Phase.DROP_KEYS_AND_CHECKS; }
    @Override public Phase visit(AddForeignKey c) { return Phase.ADD_FOREIGN_KEYS; }
    @Override public Phase visit(DropForeignKey c) { return Phase.DROP_FOREIGN_KEYS; }
    @Override public Phase visit(AddUnique c) { return Phase.ADD_KEYS_AND_CHECKS; }
    @Override public Phase visit(DropUnique c) { return Phase.DROP_KEYS_AND_CHECKS; }
    @Override public Phase visit(AddCheck c) { return Phase.ADD_KEYS_AND_CHECKS; }
    @Override public Phase visit(DropCheck c) { return Phase.DROP_KEYS_AND_CHECKS; }

    @Override
    public Phase visit(AddIndex c) {
        return createdViews.contains(c.table()) ? Phase.ADD_VIEW_INDEXES : Phase.ADD_INDEXES;
    }

    @Override public Phase visit(DropIndex c) { return Phase.DROP_INDEXES; }
    @Override public Phase visit(AddTrigger c) { return Phase.ADD_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(DropTrigger c) { return Phase.DROP_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(AddRule c) { return Phase.ADD_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(DropRule c) { return Phase.DROP_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(SetRowSecurity c) { return Phase.ADD_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(AddPolicy c) { return Phase.ADD_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(DropPolicy c) { return Phase.DROP_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(ModifyTableOptions c) { return Phase.CREATE_TABLES; }
    @Override public Phase visit(AddView c) { return Phase.CREATE_VIEWS; }
    @Override public Phase visit(DropView c) { return Phase.DROP_VIEWS; }
    @Override public Phase visit(AddSequence c) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
    @Override public Phase visit(DropSequence c) { return Phase.DROP_ROUTINES_TYPES_SEQUENCES; }
    @Override public Phase visit(ModifySequence c) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
    @Override public Phase visit(AddEnum c) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
    @Override public Phase visit(DropEnum c) { return Phase.DROP_ROUTINES_TYPES_SEQUENCES; }
    @Override public Phase visit(ModifyEnum c) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
    @Override public Phase visit(AddDomain c) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
    @Override public Phase visit(DropDomain c) { return Phase.DROP_ROUTINES_TYPES_SEQUENCES; }
    @Override public Phase visit(ModifyDomain c) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
    @Override public Phase visit(AddCompositeType c) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
    @Override public Phase visit(DropCompositeType c) { return Phase.DROP_ROUTINES_TYPES_SEQUENCES; }
    @Override public Phase visit(AddRoutine c) { return Phase.CREATE_ROUTINES; }
    @Override public Phase visit(DropRoutine c) { return Phase.DROP_ROUTINES_TYPES_SEQUENCES; }
    @Override public Phase visit(ModifyRoutine c) { return Phase.CREATE_ROUTINES; }
    // An event's body is resolved when it runs, but it reads tables: created after them, dropped before.
    @Override public Phase visit(AddEvent c) { return Phase.ADD_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(DropEvent c) { return Phase.DROP_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(ModifyEvent c) { return Phase.ADD_TRIGGERS_RULES_POLICIES; }
    @Override public Phase visit(SetComment c) {
        return c.to() == null ? Phase.REVOKES_AND_UNCOMMENTS : Phase.COMMENTS_GRANTS_OWNERS;
    }
    @Override public Phase visit(AddGrant c) { return Phase.COMMENTS_GRANTS_OWNERS; }
    @Override public Phase visit(DropGrant c) { return Phase.REVOKES_AND_UNCOMMENTS; }
    @Override public Phase visit(SetOwner c) { return Phase.COMMENTS_GRANTS_OWNERS; }
}
