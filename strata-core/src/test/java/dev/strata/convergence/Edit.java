package dev.strata.convergence;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Copy-with-change helpers for model records, used to derive a "to" schema from a corpus schema. Every edited table
 * loses its stored definition so that dumpers render it from its structure.
 */
final class Edit {
    private Edit() {
    }

    static SchemaModel table(SchemaModel m, QualifiedName name, UnaryOperator<Table> edit) {
        return schema(m, name.schema(), s -> withTables(s, s.tables().stream()
                .map(t -> t.name().equals(name) ? edit.apply(t) : t).toList()));
    }

    static SchemaModel addTable(SchemaModel m, Table t) {
        return schema(m, t.name().schema(), s -> {
            List<Table> tables = new ArrayList<>(s.tables());
            tables.add(t);
            return withTables(s, tables);
        });
    }

    static SchemaModel dropTable(SchemaModel m, QualifiedName name) {
        return schema(m, name.schema(), s -> withTables(s, s.tables().stream()
                .filter(t -> !t.name().equals(name)).toList()));
    }

    static SchemaModel schema(SchemaModel m, String name, UnaryOperator<Schema> edit) {
        return new SchemaModel(m.dialect(), m.schemas().stream().map(s -> s.name().equals(name) ? edit.apply(s) : s)
                .toList(), m.extensions(), m.unmanaged());
    }

    static Schema withTables(Schema s, List<Table> tables) {
        return new Schema(s.name(), s.owner(), s.comment(), s.grants(), tables, s.views(), s.sequences(), s.enums(),
                s.domains(), s.compositeTypes(), s.routines());
    }

    static Table columns(Table t, List<Column> columns) {
        return t.withColumns(columns).withDefinition(null);
    }

    static Table addColumn(Table t, Column c) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(c);
        return columns(t, columns);
    }

    static Table replaceColumn(Table t, String name, Column c) {
        return columns(t, t.columns().stream().map(x -> x.name().equals(name) ? c : x).toList());
    }

    static Table dropColumn(Table t, String name) {
        return columns(t, t.columns().stream().filter(x -> !x.name().equals(name)).toList());
    }

    static Table indexes(Table t, List<Index> indexes) {
        return t.withIndexes(indexes).withDefinition(null);
    }

    static Table uniques(Table t, List<UniqueConstraint> uniques) {
        return t.withUniques(uniques).withDefinition(null);
    }

    static Table checks(Table t, List<CheckConstraint> checks) {
        return t.withChecks(checks).withDefinition(null);
    }

    static Table foreignKeys(Table t, List<ForeignKey> fks) {
        return t.withForeignKeys(fks).withDefinition(null);
    }

    static Table renamed(Table t, QualifiedName name) {
        return t.withName(name).withDefinition(null);
    }

    static Column column(Column c, String name, String type, dev.strata.model.DataType normalized, boolean nullable,
                         String defaultValue) {
        return new Column(name, type, normalized, nullable, defaultValue, c.identity(), c.generated(), c.collation(),
                c.comment(), c.options());
    }
}
