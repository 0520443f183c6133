package dev.strata.dialect.sqlite;

import dev.strata.diff.AddCheck;
import dev.strata.diff.AddColumn;
import dev.strata.diff.Change;
import dev.strata.diff.DropCheck;
import dev.strata.diff.DropColumn;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.plan.ChangeOrder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where SQLite rebuilds a table is decided with the change order, upgrade and downgrade, not while rendering. */
class SqlitePlanOrderTest {
    private static final SchemaModel EMPTY = new SchemaModel("sqlite", List.of(), List.of(), List.of());
    private static final QualifiedName T = QualifiedName.of("main", "t");
    private static final QualifiedName U = QualifiedName.of("main", "u");

    @Test
    void aRebuiltTablesShapeChangesComeTogetherWhereItsRebuildRuns() {
        Change addCheck = new AddCheck(T, CheckConstraint.of("positive", "b > 0"));
        Change addToU = new AddColumn(U, Column.of("c", "TEXT", DataType.of(DataType.Kind.TEXT), true));
        Change dropCheck = new DropCheck(T, CheckConstraint.of("short", "length(a) < 9"));
        Change addToT = new AddColumn(T, Column.of("b", "INTEGER", DataType.of(DataType.Kind.INTEGER), false));
        List<Change> changes = List.of(addCheck, addToU, dropCheck, addToT);
        SqlitePlanRenderer sqlite = new SqlitePlanRenderer();

        // phases: dropCheck, addToU, addToT, addCheck; t's rebuild runs at its first addition
        assertThat(ChangeOrder.upgrade(changes, sqlite, EMPTY, EMPTY))
                .containsExactly(addToU, dropCheck, addToT, addCheck);
        // reversed: the check drop, both column drops, the check addition; t's rebuild at its column drop
        assertThat(ChangeOrder.downgrade(changes, sqlite, EMPTY, EMPTY)).containsExactly(addCheck.reverse(),
                addToT.reverse(), dropCheck.reverse(), addToU.reverse());
        assertThat(addToT.reverse()).isInstanceOf(DropColumn.class);
    }
}
