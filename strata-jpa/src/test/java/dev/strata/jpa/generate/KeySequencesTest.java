package dev.strata.jpa.generate;

import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.Identity;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.SequenceOptions;
import dev.strata.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sequence a key's {@code nextval} default draws from, however PostgreSQL spells the name. */
class KeySequencesTest {
    private static final Sequence PLAIN = sequence("public", "actor_actor_id_seq", 1);
    private static final Sequence QUOTED = sequence("sales", "Order Seq", 10);

    @Test
    void anUnqualifiedNameIsLookedUpInTheTablesSchema() {
        assertThat(of("nextval('actor_actor_id_seq'::regclass)")).contains(PLAIN);
        assertThat(of("nextval('public.actor_actor_id_seq'::regclass)")).contains(PLAIN);
    }

    @Test
    void quotedPartsKeepTheirCaseAndUnquotedOnesFold() {
        assertThat(of("nextval('sales.\"Order Seq\"'::regclass)")).contains(QUOTED);
        assertThat(of("nextval('PUBLIC.ACTOR_ACTOR_ID_SEQ'::regclass)")).contains(PLAIN);
    }

    @Test
    void onlyASoleKeyWithoutIdentityDrawingFromAKnownSequence() {
        assertThat(of("nextval('nowhere_seq'::regclass)")).isEmpty();
        assertThat(of("42")).isEmpty();
        Column identity = new Column("id", "integer", DataType.of(DataType.Kind.INTEGER), false,
                "nextval('actor_actor_id_seq'::regclass)", Identity.of(Identity.Kind.SERIAL), null, null, null,
                Map.of());
        assertThat(KeySequences.of(model(identity), table(identity, List.of("id")), identity)).isEmpty();
        Column key = key("nextval('actor_actor_id_seq'::regclass)");
        assertThat(KeySequences.of(model(key), table(key, List.of("id", "other")), key)).isEmpty();
    }

    private static Optional<Sequence> of(String defaultValue) {
        Column key = key(defaultValue);
        return KeySequences.of(model(key), table(key, List.of("id")), key);
    }

    private static Column key(String defaultValue) {
        return new Column("id", "integer", DataType.of(DataType.Kind.INTEGER), false, defaultValue, null, null, null,
                null, Map.of());
    }

    private static Table table(Column key, List<String> primaryKey) {
        return new Table(QualifiedName.of("public", "actor"), List.of(key), new PrimaryKey("actor_pkey", primaryKey,
                null, Map.of()), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                List.of(), RowSecurity.NONE, null, null, List.of(), Map.of(), null);
    }

    private static SchemaModel model(Column key) {
        return new SchemaModel("postgresql", List.of(schema("public", table(key, List.of("id")), PLAIN),
                schema("sales", null, QUOTED)), List.of(), List.of());
    }

    private static Schema schema(String name, Table table, Sequence sequence) {
        return new Schema(name, null, null, List.of(), table == null ? List.of() : List.of(table), List.of(),
                List.of(sequence), List.of(), List.of(), List.of(), List.of());
    }

    private static Sequence sequence(String schema, String name, long increment) {
        return new Sequence(QualifiedName.of(schema, name), new SequenceOptions("bigint", 1, increment, 1,
                Long.MAX_VALUE, 1, false), null, null, null, List.of());
    }
}
