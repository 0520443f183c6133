package dev.strata.dialect.mysql;

import dev.strata.diff.AddColumn;
import dev.strata.diff.Change;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.plan.ChangeOrder;
import dev.strata.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** MariaDB's one-ALTER groups are put together with the change order; rendering joins them in the order given. */
class MySqlPlanOrderTest {
    private static final QualifiedName T = QualifiedName.of("shop", "t");
    private static final QualifiedName U = QualifiedName.of("shop", "u");
    private static final Column ID = text("id");
    private static final Column A = text("a");
    private static final Column B = text("b");
    private static final Column C = text("c");

    @Test
    void columnsAddedToATableComeTogetherWhereTheLastWasInPositionOrder() {
        SchemaModel from = model(table(T, ID), table(U, ID));
        SchemaModel to = model(table(T, ID, A, B), table(U, ID, C));
        Change addB = new AddColumn(T, B);
        Change addC = new AddColumn(U, C);
        Change addA = new AddColumn(T, A);
        MySqlPlanRenderer mysql = new MySqlPlanRenderer();

        List<Change> up = ChangeOrder.upgrade(List.of(addB, addC, addA), mysql, from, to);
        assertThat(up).containsExactly(addC, addA, addB);
        assertThat(mysql.withOnline(false).render(up, from, to)).extracting(Step::sql).containsExactly(
                "ALTER TABLE `u` ADD COLUMN `c` text NULL DEFAULT NULL AFTER `id`",
                "ALTER TABLE `t` ADD COLUMN `a` text NULL DEFAULT NULL AFTER `id`, ADD COLUMN `b` text NULL DEFAULT NULL AFTER `a`");
    }

    private static Column text(String name) {
        return Column.of(name, "text", DataType.of(DataType.Kind.TEXT), true);
    }

    /** A table of the shop schema with these columns only; shared with {@link MySqlReleasePlanTest}. */
    static Table table(QualifiedName name, Column... columns) {
        return new Table(name, List.of(columns), null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, List.of(), RowSecurity.NONE, null, null, List.of(), Map.of(), null);
    }

    static SchemaModel model(Table... tables) {
        Schema s = Schema.empty("shop");
        return new SchemaModel("mysql", List.of(new Schema(s.name(), s.owner(), s.comment(), s.grants(),
                List.of(tables), s.views(), s.sequences(), s.enums(), s.domains(), s.compositeTypes(), s.routines())),
                List.of(), List.of());
    }
}
