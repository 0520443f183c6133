package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.EnumType;
import dev.strata.model.Grant;
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

    @Test
    void reverseOfReverseIsTheChangeForEveryKind() {
        List<Change> samples = new ArrayList<>();
        var t = M.table("t", col("id", "integer", false), col("a", "text", true));
        samples.add(new AddTable(t));
        samples.add(new DropTable(t));
        samples.add(new RenameTable(q("t"), q("u")));
        samples.add(new AddColumn(q("t"), col("b", "text", true)));
        samples.add(new RenameColumn(q("t"), "a", "b"));
        samples.add(new ModifyColumn(q("t"), col("a", "text", true), col("a", "varchar(5)", false)));
        samples.add(new ModifyEnum(new EnumType(q("e"), List.of("a"), null, null, List.of()),
                new EnumType(q("e"), List.of("a", "b"), null, null, List.of())));
        samples.add(new SetComment(ObjectRef.of(ObjectKind.TABLE, q("t")), null, "hello"));
        samples.add(new AddGrant(ObjectRef.of(ObjectKind.TABLE, q("t")), new Grant("app", List.of("SELECT"), null, false, null)));
        samples.add(new SetOwner(ObjectRef.of(ObjectKind.TABLE, q("t")), "a", "b"));
        for (Change c : samples) {
            assertThat(c.reverse().reverse()).as(c.toString()).isEqualTo(c);
            assertThat(c.reverse()).as(c.toString()).isNotEqualTo(c);
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
