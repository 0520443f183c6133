package dev.strata.diff;

/**
 * One method per change type, so that adding a change makes the compiler find every renderer that must handle it
 * (Java 17 has no pattern-matching switch).
 */
public interface ChangeVisitor<R> {
    R visit(CreateSchema change);

    R visit(DropSchema change);

    R visit(AddExtension change);

    R visit(DropExtension change);

    R visit(ModifyExtension change);

    R visit(AddTable change);

    R visit(DropTable change);

    R visit(RenameTable change);

    R visit(AddColumn change);

    R visit(DropColumn change);

    R visit(RenameColumn change);

    R visit(ModifyColumn change);

    R visit(AddPrimaryKey change);

    R visit(DropPrimaryKey change);

    R visit(AddForeignKey change);

    R visit(DropForeignKey change);

    R visit(AddUnique change);

    R visit(DropUnique change);

    R visit(AddCheck change);

    R visit(DropCheck change);

    R visit(AddIndex change);

    R visit(DropIndex change);

    R visit(AddTrigger change);

    R visit(DropTrigger change);

    R visit(AddRule change);

    R visit(DropRule change);

    R visit(SetRowSecurity change);

    R visit(AddPolicy change);

    R visit(DropPolicy change);

    R visit(ModifyTableOptions change);

    R visit(AddView change);

    R visit(DropView change);

    R visit(AddSequence change);

    R visit(DropSequence change);

    R visit(ModifySequence change);

    R visit(AddEnum change);

    R visit(DropEnum change);

    R visit(ModifyEnum change);

    R visit(AddDomain change);

    R visit(DropDomain change);

    R visit(ModifyDomain change);

    R visit(AddCompositeType change);

    R visit(DropCompositeType change);

    R visit(AddRoutine change);

    R visit(DropRoutine change);

    R visit(ModifyRoutine change);

    R visit(AddEvent change);

    R visit(DropEvent change);

    R visit(ModifyEvent change);

    R visit(SetComment change);

    R visit(AddGrant change);

    R visit(DropGrant change);

    R visit(SetOwner change);
}
