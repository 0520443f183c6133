package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.EnumType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.strata.diff.M.col;
import static dev.strata.diff.M.q;
import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {
    static String describe(Change c) {
        String name = c.getClass().getSimpleName();
        if (c instanceof AddView v) {
            return name + " " + v.view().name().name();
        }
        if (c instanceof DropView v) {
            return name + " " + v.view().name().name();
        }
        if (c instanceof ModifyColumn m) {
            return name + " " + m.to().name();
        }
        return name;
    }

    /**
     * Every kind the sealed {@link Change} permits, with its sample from {@link ChangeSamples} (which the compiler
     * keeps complete through {@link ChangeVisitor}).
     */
    static List<Change> oneOfEveryKind() throws ReflectiveOperationException {
        ChangeSamples samples = new ChangeSamples();
        List<Change> all = new ArrayList<>();
        for (Class<?> kind : kinds(Change.class)) {
            Object sample = ChangeSamples.class.getMethod("visit", kind).invoke(samples, (Object) null);
            assertThat(sample).as("the sample for %s", kind.getSimpleName()).isInstanceOf(kind);
            all.add((Change) sample);
        }
        return all;
    }

    /** The concrete change records below a sealed type, through sealed sub-interfaces such as TableChange. */
    static List<Class<?>> kinds(Class<?> sealed) {
        List<Class<?>> leaves = new ArrayList<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                leaves.addAll(kinds(sub));
            } else {
                leaves.add(sub);
            }
        }
        return leaves;
    }

    @Test
    void reverseOfReverseIsTheChangeForEveryKind() throws ReflectiveOperationException {
        List<Change> samples = oneOfEveryKind();
        assertThat(samples).as("one sample per change kind").hasSize(kinds(Change.class).size())
                .hasSizeGreaterThanOrEqualTo(53);
        for (Change c : samples) {
            assertThat(c.reverse().reverse()).as(c.toString()).isEqualTo(c);
            assertThat(c.reverse()).as(c.toString()).isNotEqualTo(c);
        }
    }

    @Test
    void everyKindAcceptsTheVisitorMethodOfItsOwnKind() throws ReflectiveOperationException {
        ChangeSamples samples = new ChangeSamples();
        for (Change c : oneOfEveryKind()) {
            assertThat(c.accept(samples)).as("%s.accept", c.getClass().getSimpleName()).isEqualTo(c);
        }
    }

    @Test
    void enumValueRemovalIsAHazardButAdditionIsNot() {
        EnumType ab = new EnumType(q("mood"), List.of("sad", "ok"), null, null, List.of());
        EnumType abc = new EnumType(q("mood"), List.of("sad", "ok", "happy"), null, null, List.of());
        assertThat(new ModifyEnum(ab, abc).hazard()).isNull();
        assertThat(new ModifyEnum(abc, ab).hazard()).contains("removes values [happy]");
    }

    @Test
    void droppingADefaultIsAHazard() {
        Column withDefault = new Column("n", "integer", M.normalized("integer"), true, "0", null, null, null, null,
                java.util.Map.of());
        assertThat(new ModifyColumn(q("t"), withDefault, col("n", "integer", true)).hazard())
                .contains("drops the default of public.t.n (0)");
    }

    @Test
    void aColumnThatBecomesGeneratedLosesItsStoredValuesAndOneThatStopsBeingGeneratedDoesNot() {
        Column stored = new Column("n", "integer", M.normalized("integer"), true, "0", null, null, null, null,
                java.util.Map.of());
        Column generated = new Column("n", "integer", M.normalized("integer"), true, null, null,
                new dev.strata.model.Generated("m * 2", true), null, null, java.util.Map.of());
        assertThat(new ModifyColumn(q("t"), stored, generated).hazard())
                .isEqualTo("makes public.t.n a generated column: its stored values are replaced by m * 2");
        assertThat(new ModifyColumn(q("t"), generated, stored).hazard()).isNull();
    }

    @Test
    void whatAColumnChangeAltersIsWorkedOutOnceAndComparedWithTheChange() {
        Column plain = col("n", "integer", true);
        Column withDefault = new Column("n", "integer", M.normalized("integer"), true, "0", null, null, "C", null,
                java.util.Map.of("storage", "p"));
        ModifyColumn change = new ModifyColumn(q("t"), plain, withDefault);
        assertThat(change.changed()).containsExactlyInAnyOrder(ColumnChange.DEFAULT, ColumnChange.COLLATION,
                ColumnChange.OPTIONS);
        assertThat(change).isEqualTo(new ModifyColumn(q("t"), plain, withDefault, ColumnChange.between(plain, withDefault)));
        assertThat(change).isNotEqualTo(new ModifyColumn(q("t"), plain, withDefault,
                java.util.Set.of(ColumnChange.DEFAULT)));
    }
}
