package dev.strata.dialect.postgres;

import dev.strata.diff.AddCheck;
import dev.strata.diff.AddForeignKey;
import dev.strata.diff.AddIndex;
import dev.strata.diff.AddTable;
import dev.strata.diff.AddUnique;
import dev.strata.diff.Change;
import dev.strata.diff.DropIndex;
import dev.strata.diff.ModifyColumn;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.plan.Step;
import dev.strata.plan.StepCost;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes on a table that holds rows plan the online statements; new and partitioned tables keep plain ones. */
class PostgresOnlinePlanTest {
    private static final QualifiedName T = QualifiedName.of("public", "t");
    private static final QualifiedName P = QualifiedName.of("public", "p");
    private static final Index BY_A = new Index("t_a_idx", false, List.of(IndexKey.column("a")), List.of(), null,
            "btree", null, Map.of(), null);
    private static final ForeignKey TO_P = new ForeignKey("t_p_fk", List.of("a"), P, List.of("id"), "NO ACTION",
            "NO ACTION", false, false, "SIMPLE", true, null);

    @Test
    void indexesAreBuiltAndDroppedConcurrentlyOutsideTheTransaction() {
        List<Step> add = render(new AddIndex(T, BY_A), model(table(T)));
        assertThat(add).containsExactly(new Step("CREATE INDEX CONCURRENTLY t_a_idx ON public.t (a)", null, false));
        List<Step> drop = render(new DropIndex(T, BY_A), model(table(T)));
        assertThat(drop).containsExactly(new Step("DROP INDEX CONCURRENTLY public.t_a_idx", null, false));
    }

    @Test
    void foreignKeysAndChecksAreAddedNotValidThenValidatedOnTheirOwn() {
        assertThat(render(new AddForeignKey(T, TO_P), model(table(T), table(P)))).containsExactly(
                Step.of("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_p_fk FOREIGN KEY (a) REFERENCES public.p(id)"
                        + " NOT VALID"),
                new Step("ALTER TABLE public.t VALIDATE CONSTRAINT t_p_fk", null, false));
        assertThat(render(new AddCheck(T, CheckConstraint.of("t_a_check", "a > 0")), model(table(T)))).containsExactly(
                Step.of("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID"),
                new Step("ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check", null, false));
    }

    @Test
    void uniqueConstraintsTakeOverAConcurrentlyBuiltIndex() {
        UniqueConstraint u = new UniqueConstraint("t_a_key", List.of("a"), null, Map.of());
        assertThat(render(new AddUnique(T, u), model(table(T)))).containsExactly(
                new Step("CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON public.t (a)", null, false),
                Step.of("ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_key"));
    }

    @Test
    void aNewTableNeedsNoneOfThis() {
        Table t = table(T).withIndexes(List.of(BY_A));
        SchemaModel to = model(t);
        List<Step> steps = new PostgresPlanRenderer().render(List.of(new AddTable(t), new AddIndex(T, BY_A)),
                model(), to);
        assertThat(steps).extracting(Step::sql).contains("CREATE INDEX t_a_idx ON public.t (a)");
        assertThat(steps).allMatch(Step::transactional);
    }

    @Test
    void partitionedTablesKeepThePlainStatements() {
        Table t = table(T).withPartitionBy("RANGE (a)");
        assertThat(render(new AddIndex(T, BY_A), model(t))).extracting(Step::sql)
                .containsExactly("CREATE INDEX t_a_idx ON ONLY public.t (a)");
    }

    @Test
    void theSwitchGivesThePlainPlan() {
        List<Step> steps = new PostgresPlanRenderer().withOnline(false).render(List.of(new AddIndex(T, BY_A),
                new AddForeignKey(T, TO_P)), model(table(T), table(P)), model(table(T), table(P)));
        assertThat(steps).extracting(Step::sql).containsExactly("CREATE INDEX t_a_idx ON public.t (a)",
                "ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_p_fk FOREIGN KEY (a) REFERENCES public.p(id)");
    }

    @Test
    void eachStatementSaysWhatItLocksAndCosts() {
        SchemaModel m = model(table(T), table(P));
        List<Step> steps = new PostgresPlanRenderer().render(List.of(new AddIndex(T, BY_A), new AddForeignKey(T, TO_P),
                new ModifyColumn(T, column(true), column(false))), m, m);
        assertThat(steps).extracting(s -> s.cost().comment()).containsExactly(
                "-- lock: SHARE UPDATE EXCLUSIVE; scans table; blocks nothing",
                "-- lock: SHARE ROW EXCLUSIVE; no table scan; blocks writes",
                "-- lock: SHARE UPDATE EXCLUSIVE; scans table; blocks nothing",
                "-- lock: ACCESS EXCLUSIVE; no table scan; blocks reads and writes",
                "-- lock: SHARE UPDATE EXCLUSIVE; scans table; blocks nothing",
                "-- lock: ACCESS EXCLUSIVE; no table scan; blocks reads and writes",
                "-- lock: ACCESS EXCLUSIVE; no table scan; blocks reads and writes");
        List<Step> plain = new PostgresPlanRenderer().withOnline(false).render(List.of(new AddIndex(T, BY_A),
                new ModifyColumn(T, column(true), column(false))), m, m);
        assertThat(plain).extracting(s -> s.cost().comment()).containsExactly(
                "-- lock: SHARE; scans table; blocks writes",
                "-- lock: ACCESS EXCLUSIVE; scans table; blocks reads and writes");
    }

    @Test
    void beforePostgres12SetNotNullStaysPlainBecauseACheckWouldNotSpareTheScan() {
        SchemaModel m = model(table(T));
        List<Change> notNull = List.of(new ModifyColumn(T, column(true), column(false)));
        List<Step> on11 = new PostgresPlanRenderer().forServer(new ServerVersion("PostgreSQL", 11, 22, 0))
                .render(notNull, m, m);
        assertThat(on11).extracting(Step::sql).containsExactly("ALTER TABLE public.t ALTER COLUMN a SET NOT NULL");
        assertThat(on11.get(0).cost().comment())
                .isEqualTo("-- lock: ACCESS EXCLUSIVE; scans table; blocks reads and writes");
        List<Step> on12 = new PostgresPlanRenderer().forServer(new ServerVersion("PostgreSQL", 12, 0, 0))
                .render(notNull, m, m);
        assertThat(on12).extracting(Step::sql).hasSize(4).anyMatch(sql -> sql.contains("IS NOT NULL) NOT VALID"));
    }

    @Test
    void rewritesAreNamed() {
        assertThat(PgLocks.of("ALTER TABLE public.t ALTER COLUMN a TYPE bigint USING a::bigint").work())
                .isEqualTo(StepCost.Work.REWRITES);
        assertThat(PgLocks.of("ALTER TABLE public.t ADD COLUMN u uuid DEFAULT gen_random_uuid()").work())
                .isEqualTo(StepCost.Work.REWRITES);
        assertThat(PgLocks.of("ALTER TABLE public.t ADD COLUMN n integer DEFAULT 0 NOT NULL").work())
                .isEqualTo(StepCost.Work.NONE);
        assertThat(PgLocks.of("CREATE TABLE public.x (id integer)").lock()).isEqualTo("none");
        assertThat(PgLocks.of("GRANT SELECT ON TABLE public.t TO app")).isNull();
    }

    @Test
    void theScriptCommitsTheNotValidConstraintBeforeValidatingIt() {
        PostgresPlanRenderer renderer = new PostgresPlanRenderer();
        SchemaModel m = model(table(T));
        String script = renderer.script(renderer.render(List.of(new AddCheck(T, CheckConstraint.of("c", "a > 0"))), m, m));
        assertThat(script).isEqualTo("BEGIN;\n-- lock: ACCESS EXCLUSIVE; no table scan; blocks reads and writes\n"
                + "ALTER TABLE ONLY public.t\n    ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\nCOMMIT;\n"
                + "-- lock: SHARE UPDATE EXCLUSIVE; scans table; blocks nothing\n"
                + "ALTER TABLE public.t VALIDATE CONSTRAINT c;\n");
    }

    @Test
    void theRunnerTakesValidationAndConcurrentBuildsOutOfTheRevisionsTransaction() {
        PostgresMigrationSupport support = new PostgresMigrationSupport();
        assertThat(support.needsAutocommit("ALTER TABLE public.t VALIDATE CONSTRAINT c")).isTrue();
        assertThat(support.needsAutocommit("CREATE INDEX CONCURRENTLY i ON t (a)")).isTrue();
        assertThat(support.needsAutocommit("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID")).isFalse();
    }

    @Test
    void aFailedConcurrentBuildSaysToDropTheInvalidIndex() {
        PostgresMigrationSupport support = new PostgresMigrationSupport();
        assertThat(support.afterFailure("CREATE UNIQUE INDEX CONCURRENTLY \"T_key\" ON app.t (a)"))
                .contains("DROP INDEX CONCURRENTLY IF EXISTS app.\"T_key\"");
        assertThat(support.afterFailure("CREATE INDEX CONCURRENTLY i ON t (a)"))
                .contains("DROP INDEX CONCURRENTLY IF EXISTS i ");
        assertThat(support.afterFailure("CREATE INDEX i ON t (a)")).isNull();
    }

    /** The steps without their lock and cost, which {@link #eachStatementSaysWhatItLocksAndCosts} checks. */
    private static List<Step> render(Change change, SchemaModel model) {
        return new PostgresPlanRenderer().render(List.of(change), model, model).stream()
                .map(s -> s.withCost(null)).toList();
    }

    private static Column column(boolean nullable) {
        return new Column("a", "integer", DataType.of(DataType.Kind.INTEGER), nullable, null, null, null, null, null,
                Map.of());
    }

    private static Table table(QualifiedName name) {
        return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, List.of(), RowSecurity.NONE, null, null, List.of(), Map.of(), null);
    }

    private static SchemaModel model(Table... tables) {
        Schema s = Schema.empty("public");
        Schema with = new Schema(s.name(), s.owner(), s.comment(), s.grants(), List.of(tables), s.views(),
                s.sequences(), s.enums(), s.domains(), s.compositeTypes(), s.routines());
        return new SchemaModel("postgresql", List.of(with), List.of(), List.of());
    }
}
