package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.View;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Tiny builders for in-memory models in diff tests. */
final class M {
    private M() {
    }

    static QualifiedName q(String name) {
        return QualifiedName.of("public", name);
    }

    static Column col(String name, String type, boolean nullable) {
        return Column.of(name, type, normalized(type), nullable);
    }

    static DataType normalized(String type) {
        if (type.startsWith("varchar(")) {
            return DataType.sized(DataType.Kind.VARCHAR, Integer.parseInt(type.substring(8, type.length() - 1)));
        }
        return switch (type) {
            case "integer" -> DataType.of(DataType.Kind.INTEGER);
            case "bigint" -> DataType.of(DataType.Kind.BIGINT);
            case "smallint" -> DataType.of(DataType.Kind.SMALLINT);
            case "text" -> DataType.of(DataType.Kind.TEXT);
            default -> DataType.named(DataType.Kind.OTHER, type);
        };
    }

    static Table table(String name, Column... columns) {
        return new Table(q(name), List.of(columns), PrimaryKey.of(name + "_pkey", List.of(columns[0].name())),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                RowSecurity.NONE, null, null, List.of(), Map.of(), null);
    }

    static Table withFk(Table t, String name, String column, String refTable) {
        ForeignKey fk = new ForeignKey(name, List.of(column), q(refTable), List.of("id"), "NO ACTION", "NO ACTION",
                false, false, "SIMPLE", true, null);
        return new Table(t.name(), t.columns(), t.primaryKey(), List.of(fk), t.uniques(), t.checks(), t.indexes(),
                t.triggers(), t.rules(), null, null, List.of(), RowSecurity.NONE, null, null, List.of(), Map.of(), null);
    }

    static Table withIndex(Table t, String name, String column) {
        Index i = new Index(name, false, List.of(IndexKey.column(column)), List.of(), null, "btree", null, Map.of(),
                null);
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), List.of(i),
                t.triggers(), t.rules(), null, null, List.of(), RowSecurity.NONE, null, null, List.of(), Map.of(), null);
    }

    static View view(String name, String definition, String... dependsOn) {
        return new View(q(name), definition, false, List.of(), List.of(),
                Arrays.stream(dependsOn).map(M::q).toList(), null, null, List.of(), Map.of());
    }

    static SchemaModel model(List<Table> tables, List<View> views) {
        Schema s = new Schema("public", null, null, List.of(), tables, views, List.of(), List.of(), List.of(),
                List.of(), List.of());
        return new SchemaModel("postgresql", List.of(s), List.of(), List.of());
    }

    static SchemaModel model(Table... tables) {
        return model(List.of(tables), List.of());
    }
}
