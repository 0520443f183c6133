package dev.strata.dialect.postgres;

import dev.strata.diff.AddRoutine;
import dev.strata.diff.Change;
import dev.strata.diff.DropRoutine;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.plan.ChangeOrder;
import dev.strata.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's own order is decided with the change order, upgrade and downgrade; rendering keeps it. */
class PostgresPlanOrderTest {
    private static final SchemaModel EMPTY = new SchemaModel("postgresql", List.of(Schema.empty("public")), List.of(),
            List.of());
    private final PostgresPlanRenderer renderer = new PostgresPlanRenderer();
    private final Routine step = routine("step", "function", "integer, integer",
            "CREATE OR REPLACE FUNCTION public.step(a integer, b integer) RETURNS integer LANGUAGE sql AS $$select a + b$$;");
    private final Routine total = routine("total", "aggregate", "integer",
            "CREATE AGGREGATE public.total(integer) (SFUNC = public.step, STYPE = integer);");

    @Test
    void anAggregateIsCreatedAfterItsFunctionAndDroppedBeforeIt() {
        List<Change> changes = List.of(new AddRoutine(total), new AddRoutine(step));
        assertThat(ChangeOrder.upgrade(changes, renderer, EMPTY, EMPTY))
                .containsExactly(new AddRoutine(step), new AddRoutine(total));
        assertThat(ChangeOrder.downgrade(changes, renderer, EMPTY, EMPTY))
                .containsExactly(new DropRoutine(total), new DropRoutine(step));
    }

    @Test
    void renderingKeepsTheOrderItIsGiven() {
        List<Step> steps = renderer.render(List.of(new AddRoutine(total), new AddRoutine(step)), EMPTY, EMPTY);
        List<String> creates = steps.stream().map(Step::sql).filter(s -> s.startsWith("CREATE")).toList();
        assertThat(creates).hasSize(2);
        assertThat(creates.get(0)).startsWith("CREATE AGGREGATE public.total");
        assertThat(creates.get(1)).startsWith("CREATE OR REPLACE FUNCTION public.step");
    }

    private static Routine routine(String name, String kind, String signature, String definition) {
        return new Routine(QualifiedName.of("public", name), kind, signature, definition, null, null, List.of(),
                Map.of());
    }
}
