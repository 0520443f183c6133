package dev.strata.dialect.h2;

import dev.strata.diff.*;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.QualifiedName;
import dev.strata.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.strata.dialect.h2.H2Ddl.qualified;
import static dev.strata.dialect.h2.H2Ddl.quote;

/** The statements of each change on H2. */
final class H2Statements implements ChangeVisitor<List<String>> {
    H2Statements() {
    }

    /** A table stand-in that carries only the name, for H2Ddl methods that take a table. */
    private static Table named(QualifiedName name) {
        return Table.named(name);
    }

    private static String alter(QualifiedName t) {
        return "ALTER TABLE " + qualified(t) + " ";
    }

    @Override public List<String> visit(CreateSchema c) { return List.of(H2Ddl.createSchema(c.schema().name())); }
    @Override public List<String> visit(DropSchema c) { return List.of("DROP SCHEMA " + quote(c.schema().name())); }
    @Override public List<String> visit(AddTable c) {
        Table t = c.table();
        List<String> out = new ArrayList<>();
        out.add(H2Ddl.createTable(t));
        if (t.primaryKey() != null) {
            out.add(H2Ddl.addPrimaryKey(t, t.primaryKey()));
        }
        t.uniques().forEach(u -> out.add(H2Ddl.addUnique(t, u)));
        t.checks().forEach(k -> out.add(H2Ddl.addCheck(t, k)));
        if (t.comment() != null) {
            out.add(H2Ddl.comment("TABLE", qualified(t.name()), t.comment()));
        }
        for (Column col : t.columns()) {
            if (col.comment() != null) {
                out.add(H2Ddl.comment("COLUMN", qualified(t.name()) + "." + quote(col.name()), col.comment()));
            }
        }
        return out;
    }
    @Override public List<String> visit(DropTable c) { return List.of("DROP TABLE " + qualified(c.table().name())); }
    @Override public List<String> visit(RenameTable c) {
        return List.of(alter(c.from()) + "RENAME TO " + quote(c.to().name()));
    }
    @Override public List<String> visit(AddColumn c) { return List.of(alter(c.table()) + "ADD COLUMN " + H2Ddl.column(c.column())); }
    @Override public List<String> visit(DropColumn c) { return List.of(alter(c.table()) + "DROP COLUMN " + quote(c.column().name())); }
    @Override public List<String> visit(RenameColumn c) {
        return List.of(alter(c.table()) + "ALTER COLUMN " + quote(c.from()) + " RENAME TO " + quote(c.to()));
    }
    @Override public List<String> visit(ModifyColumn c) {
        Column t = c.to();
        String column = alter(c.table()) + "ALTER COLUMN " + quote(t.name()) + " ";
        List<String> out = new ArrayList<>();
        if (c.changes(ColumnChange.TYPE)) {
            out.add(column + "SET DATA TYPE " + t.type());
        }
        if (c.changes(ColumnChange.DEFAULT)) {
            out.add(column + (t.defaultValue() == null ? "DROP DEFAULT" : "SET DEFAULT " + t.defaultValue()));
        }
        if (c.changes(ColumnChange.NULLABILITY)) {
            out.add(column + (t.nullable() ? "SET NULL" : "SET NOT NULL"));
        }
        return out;
    }
    @Override public List<String> visit(AddPrimaryKey c) { return List.of(H2Ddl.addPrimaryKey(named(c.table()), c.primaryKey())); }
    @Override public List<String> visit(DropPrimaryKey c) { return List.of(alter(c.table()) + "DROP PRIMARY KEY"); }
    @Override public List<String> visit(AddForeignKey c) { return List.of(H2Ddl.addForeignKey(named(c.table()), c.foreignKey())); }
    @Override public List<String> visit(DropForeignKey c) { return dropConstraint(c.table(), c.foreignKey().name()); }
    @Override public List<String> visit(AddUnique c) { return List.of(H2Ddl.addUnique(named(c.table()), c.unique())); }
    @Override public List<String> visit(DropUnique c) { return dropConstraint(c.table(), c.unique().name()); }
    @Override public List<String> visit(AddCheck c) { return List.of(H2Ddl.addCheck(named(c.table()), c.check())); }
    @Override public List<String> visit(DropCheck c) { return dropConstraint(c.table(), c.check().name()); }
    @Override public List<String> visit(AddIndex c) { return List.of(H2Ddl.createIndex(named(c.table()), c.index())); }
    @Override public List<String> visit(DropIndex c) {
        return List.of("DROP INDEX " + qualified(c.table().schema(), c.index().name()));
    }
    @Override public List<String> visit(AddView c) { return List.of(H2Ddl.createView(c.view())); }
    @Override public List<String> visit(DropView c) { return List.of("DROP VIEW " + qualified(c.view().name())); }
    @Override public List<String> visit(AddSequence c) { return List.of(H2Ddl.createSequence(c.sequence())); }
    @Override public List<String> visit(DropSequence c) { return List.of("DROP SEQUENCE " + qualified(c.sequence().name())); }
    @Override public List<String> visit(ModifySequence c) {
        return List.of("DROP SEQUENCE " + qualified(c.from().name()), H2Ddl.createSequence(c.to()));
    }
    @Override public List<String> visit(AddDomain c) {
        List<String> out = new ArrayList<>();
        out.add(H2Ddl.createDomain(c.domain()));
        for (CheckConstraint k : c.domain().checks()) {
            out.add(H2Ddl.addDomainCheck(c.domain(), k));
        }
        return out;
    }
    @Override public List<String> visit(DropDomain c) { return List.of("DROP DOMAIN " + qualified(c.domain().name())); }
    @Override public List<String> visit(ModifyDomain c) {
        List<String> out = new ArrayList<>(List.of("DROP DOMAIN " + qualified(c.from().name()) + " CASCADE"));
        out.addAll(visit(new AddDomain(c.to())));
        return out;
    }
    @Override public List<String> visit(AddTrigger c) { return List.of(c.trigger().definition()); }
    @Override public List<String> visit(DropTrigger c) {
        return List.of("DROP TRIGGER " + qualified(c.trigger().table().schema(), c.trigger().name()));
    }
    @Override public List<String> visit(SetComment c) {
        ObjectRef t = c.target();
        String kind = t.kind().keyword();
        String target = t.child() == null ? qualified(t.name()) : qualified(t.name()) + "." + quote(t.child());
        String text = c.to() == null ? "NULL" : H2Ddl.literal(c.to());
        return List.of("COMMENT ON " + kind + " " + target + " IS " + text);
    }

    private static List<String> dropConstraint(QualifiedName table, String name) {
        return List.of(alter(table) + "DROP CONSTRAINT " + qualified(table.schema(), name));
    }

    // H2 has no extensions, enums as types, composite types, routines from SQL, rules, policies, grants or owners
    // that strata models.
    @Override public List<String> visit(AddExtension c) { return List.of(); }
    @Override public List<String> visit(DropExtension c) { return List.of(); }
    @Override public List<String> visit(ModifyExtension c) { return List.of(); }
    @Override public List<String> visit(AddRule c) { return List.of(); }
    @Override public List<String> visit(DropRule c) { return List.of(); }
    @Override public List<String> visit(SetRowSecurity c) { return List.of(); }
    @Override public List<String> visit(AddPolicy c) { return List.of(); }
    @Override public List<String> visit(DropPolicy c) { return List.of(); }
    @Override public List<String> visit(ModifyTableOptions c) { return List.of(); }
    @Override public List<String> visit(AddEnum c) { return List.of(); }
    @Override public List<String> visit(DropEnum c) { return List.of(); }
    @Override public List<String> visit(ModifyEnum c) { return List.of(); }
    @Override public List<String> visit(AddCompositeType c) { return List.of(); }
    @Override public List<String> visit(DropCompositeType c) { return List.of(); }
    @Override public List<String> visit(AddRoutine c) { return List.of(); }
    @Override public List<String> visit(DropRoutine c) { return List.of(); }
    @Override public List<String> visit(ModifyRoutine c) { return List.of(); }
    @Override public List<String> visit(AddEvent c) { return List.of(); }
    @Override public List<String> visit(DropEvent c) { return List.of(); }
    @Override public List<String> visit(ModifyEvent c) { return List.of(); }
    @Override public List<String> visit(AddGrant c) { return List.of(); }
    @Override public List<String> visit(DropGrant c) { return List.of(); }
    @Override public List<String> visit(SetOwner c) { return List.of(); }

}
