package dev.strata.dialect.postgres;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.testkit.Schemas;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * In-process timing of plans on the synthetic bench databases (../shared/bench): from an empty database to
 * bench_pg_1000, and between two 5,000-table models (bench_pg_5000 and a copy of it with 5 % of its tables given
 * one more column). Not part of the suite: run its main with the test class path.
 */
public final class PostgresDiffBench {
    private static final int RUNS = 9;

    private PostgresDiffBench() {
    }

    public static void main(String[] args) {
        Dialect dialect = Dialects.named("postgresql");
        SchemaModel bench1000 = inspect("bench_pg_1000");
        SchemaModel bench5000 = inspect("bench_pg_5000");
        SchemaModel empty = emptyLike(bench1000);
        SchemaModel changed = withOneMoreColumnInEvery20th(bench5000);
        time("plan(empty -> bench_pg_1000)", () -> Schemas.plan(empty, bench1000, DiffOptions.DEFAULT, dialect));
        time("plan(bench_pg_5000 -> 5 % changed)",
                () -> Schemas.plan(bench5000, changed, DiffOptions.DEFAULT, dialect));
    }

    private static void time(String what, Supplier<Plan> plan) {
        long[] ms = new long[RUNS];
        int changes = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Plan p = plan.get();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            changes = p.changes().size();
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d changes, median %d ms, first %d ms, all %s%n", what, changes, sorted[RUNS / 2],
                ms[0], Arrays.toString(ms));
    }

    private static SchemaModel inspect(String database) {
        return Schemas.inspect("jdbc:postgresql://127.0.0.1:5432/" + database + "?user=postgres",
                InspectOptions.ALL, Progress.NONE);
    }

    private static SchemaModel emptyLike(SchemaModel model) {
        List<Schema> schemas = model.schemas().stream().map(s -> new Schema(s.name(), s.owner(), s.comment(),
                s.grants(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())).toList();
        return new SchemaModel(model.dialect(), schemas, model.extensions(), List.of());
    }

    private static SchemaModel withOneMoreColumnInEvery20th(SchemaModel model) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : model.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (int i = 0; i < s.tables().size(); i++) {
                Table t = s.tables().get(i);
                tables.add(i % 20 == 0 ? withColumn(t) : t);
            }
            schemas.add(new Schema(s.name(), s.owner(), s.comment(), s.grants(), tables, s.views(), s.sequences(),
                    s.enums(), s.domains(), s.compositeTypes(), s.routines()));
        }
        return new SchemaModel(model.dialect(), schemas, model.extensions(), model.unmanaged());
    }

    private static Table withColumn(Table t) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(new Column("bench_added", "text", DataType.of(DataType.Kind.TEXT), true, null, null, null, null,
                null, Map.of()));
        return new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), t.indexes(),
                t.triggers(), t.rules(), t.partitionBy(), t.partitionOf(), t.inherits(), t.rowSecurity(), t.owner(),
                t.comment(), t.grants(), t.options(), t.definition());
    }
}
