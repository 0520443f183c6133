package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.SqlitePlanRenderer.Context;
import dev.strata.diff.*;

import java.util.List;

import static dev.strata.dialect.sqlite.SqliteDdl.quote;

/**
 * The statements of changes SQLite runs directly. A new table is created whole (with its foreign keys, which
 * SQLite cannot add later); changes to kinds of objects SQLite does not have render nothing.
 */
final class Statements implements ChangeVisitor<List<String>> {
    private final Context context;

    Statements(Context context) {
        this.context = context;
    }

    @Override public List<String> visit(AddTable c) {
        return List.of(SqliteDdl.createTable(context.target(c.table().name())));
    }
    @Override public List<String> visit(DropTable c) { return List.of("DROP TABLE " + quote(c.table().name().name())); }
    @Override public List<String> visit(RenameTable c) {
        return List.of("ALTER TABLE " + quote(c.from().name()) + " RENAME TO " + quote(c.to().name()));
    }
    @Override public List<String> visit(AddColumn c) {
        return List.of("ALTER TABLE " + quote(c.table().name()) + " ADD COLUMN " + SqliteDdl.column(c.column(), ""));
    }
    @Override public List<String> visit(RenameColumn c) {
        return List.of("ALTER TABLE " + quote(c.table().name()) + " RENAME COLUMN " + quote(c.from()) + " TO "
                + quote(c.to()));
    }
    @Override public List<String> visit(AddIndex c) { return List.of(SqliteDdl.createIndex(c.table(), c.index())); }
    @Override public List<String> visit(DropIndex c) { return List.of("DROP INDEX " + quote(c.index().name())); }
    @Override public List<String> visit(AddView c) { return List.of(SqliteDdl.createView(c.view())); }
    @Override public List<String> visit(DropView c) { return List.of("DROP VIEW " + quote(c.view().name().name())); }
    @Override public List<String> visit(AddTrigger c) { return List.of(SqliteDdl.createTrigger(c.trigger())); }
    @Override public List<String> visit(DropTrigger c) { return List.of("DROP TRIGGER " + quote(c.trigger().name())); }

    // Shape changes of tables created or dropped in the same plan: the CREATE or DROP covers them.
    @Override public List<String> visit(DropColumn c) { return List.of(); }
    @Override public List<String> visit(ModifyColumn c) { return List.of(); }
    @Override public List<String> visit(AddPrimaryKey c) { return List.of(); }
    @Override public List<String> visit(DropPrimaryKey c) { return List.of(); }
    @Override public List<String> visit(AddForeignKey c) { return List.of(); }
    @Override public List<String> visit(DropForeignKey c) { return List.of(); }
    @Override public List<String> visit(AddUnique c) { return List.of(); }
    @Override public List<String> visit(DropUnique c) { return List.of(); }
    @Override public List<String> visit(AddCheck c) { return List.of(); }
    @Override public List<String> visit(DropCheck c) { return List.of(); }
    @Override public List<String> visit(ModifyTableOptions c) { return List.of(); }

    // SQLite has one schema, no extensions, types, sequences, routines, rules, policies, comments, grants or owners.
    @Override public List<String> visit(CreateSchema c) { return List.of(); }
    @Override public List<String> visit(DropSchema c) { return List.of(); }
    @Override public List<String> visit(AddExtension c) { return List.of(); }
    @Override public List<String> visit(DropExtension c) { return List.of(); }
    @Override public List<String> visit(ModifyExtension c) { return List.of(); }
    @Override public List<String> visit(AddRule c) { return List.of(); }
    @Override public List<String> visit(DropRule c) { return List.of(); }
    @Override public List<String> visit(SetRowSecurity c) { return List.of(); }
    @Override public List<String> visit(AddPolicy c) { return List.of(); }
    @Override public List<String> visit(DropPolicy c) { return List.of(); }
    @Override public List<String> visit(AddSequence c) { return List.of(); }
    @Override public List<String> visit(DropSequence c) { return List.of(); }
    @Override public List<String> visit(ModifySequence c) { return List.of(); }
    @Override public List<String> visit(AddEnum c) { return List.of(); }
    @Override public List<String> visit(DropEnum c) { return List.of(); }
    @Override public List<String> visit(ModifyEnum c) { return List.of(); }
    @Override public List<String> visit(AddDomain c) { return List.of(); }
    @Override public List<String> visit(DropDomain c) { return List.of(); }
    @Override public List<String> visit(ModifyDomain c) { return List.of(); }
    @Override public List<String> visit(AddCompositeType c) { return List.of(); }
    @Override public List<String> visit(DropCompositeType c) { return List.of(); }
    @Override public List<String> visit(AddRoutine c) { return List.of(); }
    @Override public List<String> visit(DropRoutine c) { return List.of(); }
    @Override public List<String> visit(ModifyRoutine c) { return List.of(); }
    @Override public List<String> visit(AddEvent c) { return List.of(); }
    @Override public List<String> visit(DropEvent c) { return List.of(); }
    @Override public List<String> visit(ModifyEvent c) { return List.of(); }
    @Override public List<String> visit(SetComment c) { return List.of(); }
    @Override public List<String> visit(AddGrant c) { return List.of(); }
    @Override public List<String> visit(DropGrant c) { return List.of(); }
    @Override public List<String> visit(SetOwner c) { return List.of(); }
}
