package dev.strata.convergence;

import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child table whose rows reference the table a convergence case changes, in the schema before and after alike:
 * SQLite rebuilds the parent for most changes, and the children must keep their rows and a foreign key to the real
 * table. The key is {@code ON DELETE CASCADE}, so that a parent dropped while foreign keys are on takes the children
 * with it and the loss shows.
 */
final class ChildRows {
    static final String CHILD = "strata_child";
    private static final String REF = "parent_ref";

    private ChildRows() {
    }

    /**
     * The case with the child table added to both schemas, where the changed table keeps its name and has a
     * one-column primary key.
     */
    static Optional<ConvergenceCase> attach(ConvergenceCase c) {
        if (c.seededBefore() == null || !c.seededBefore().equals(c.seededAfter())) {
            return Optional.empty();
        }
        Table parent = c.before().table(c.seededBefore()).orElseThrow();
        PrimaryKey pk = parent.primaryKey();
        if (pk == null || pk.columns().size() != 1) {
            return Optional.empty();
        }
        Column key = parent.column(pk.columns().get(0)).orElseThrow();
        Column ref = new Column(REF, key.type(), key.normalizedType(), false, null, null, null, key.collation(), null,
                Map.of());
        String dialect = c.before().dialect();
        ForeignKey fk = new ForeignKey(CHILD + "_fk", List.of(REF), parent.name(), pk.columns(), "CASCADE",
                "NO ACTION", false, false, "SIMPLE", true, null);
        Table child = new Table(QualifiedName.of(parent.name().schema(), CHILD), List.of(ref),
                PrimaryKey.of(switch (dialect) {
                    case "mysql" -> "PRIMARY";
                    case "sqlite" -> null;
                    default -> CHILD + "_pkey";
                }, List.of(REF)), List.of(fk), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                List.of(), RowSecurity.NONE, null, null, List.of(),
                dialect.equals("mysql") ? parent.options() : Map.of(), null);
        return Optional.of(new ConvergenceCase(c.name() + " (with child rows)", Edit.addTable(c.before(), child),
                Edit.addTable(c.after(), child), c.renames(), c.seededBefore(), c.seededAfter(), c.survivors()));
    }

    /** The child table of {@code parent} in {@code model}, when the case has one. */
    static Optional<QualifiedName> childOf(SchemaModel model, QualifiedName parent) {
        return model.table(QualifiedName.of(parent.schema(), CHILD)).map(Table::name);
    }

    /** One child row per parent row; returns the children's keys, which must not be empty. */
    static List<String> seed(String url, SchemaModel model, QualifiedName child, QualifiedName parent)
            throws SQLException {
        String key = model.table(parent).orElseThrow().primaryKey().columns().get(0);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO " + quote(model, child) + " (" + Rows.quote(model, REF) + ") SELECT "
                    + Rows.quote(model, key)
                    + " FROM " + quote(model, parent));
        }
        List<String> children = keys(url, model, child);
        assertThat(children).as("child rows referencing %s", parent).isNotEmpty();
        return children;
    }

    /**
     * Every foreign key of the schema names a table that exists; SQLite's foreign_key_check finds nothing; the child's
     * rows are all there, each with its parent.
     */
    static void assertIntact(String url, SchemaModel model, QualifiedName child, List<String> children, String when)
            throws SQLException {
        for (Schema s : model.schemas()) {
            for (Table t : s.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    assertThat(model.table(fk.referencedTable())).as("%s: foreign key %s of %s names a real table",
                            when, fk.name(), t.name()).isPresent();
                }
            }
        }
        if (model.dialect().equals("sqlite")) {
            assertThat(query(url, "SELECT \"table\" || ' -> ' || parent FROM pragma_foreign_key_check"))
                    .as("%s: foreign_key_check", when).isEmpty();
        }
        if (child == null) {
            return;
        }
        assertThat(keys(url, model, child)).as("%s: child rows", when).isEqualTo(children);
        List<ForeignKey> fks = model.table(child).orElseThrow().foreignKeys();
        assertThat(fks).as("%s: the child's foreign key", when).hasSize(1);
        ForeignKey fk = fks.get(0);
        String ref = Rows.quote(model, REF);
        assertThat(query(url, "SELECT c." + ref + " FROM " + quote(model, child) + " c WHERE NOT EXISTS (SELECT 1 FROM "
                + quote(model, fk.referencedTable()) + " p WHERE p." + Rows.quote(model, fk.referencedColumns().get(0))
                + " = c." + ref + ")")).as("%s: child rows without a parent", when).isEmpty();
    }

    /** strata's version and history tables, which the migrator adds, are no part of the schemas compared. */
    static SchemaModel withoutBookkeeping(SchemaModel model) {
        return new SchemaModel(model.dialect(), model.schemas(), model.extensions(), model.unmanaged().stream()
                .filter(u -> !u.kind().equals("strata bookkeeping table")).toList());
    }

    private static List<String> keys(String url, SchemaModel model, QualifiedName child) throws SQLException {
        String ref = Rows.quote(model, REF);
        return query(url, "SELECT " + ref + " FROM " + quote(model, child) + " ORDER BY " + ref);
    }

    private static String quote(SchemaModel model, QualifiedName name) {
        return model.dialect().equals("sqlite") ? Rows.quote(model, name.name())
                : Rows.quote(model, name.schema()) + "." + Rows.quote(model, name.name());
    }

    private static List<String> query(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
