package dev.strata.diff;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.CompositeType;
import dev.strata.model.Domain;
import dev.strata.model.EnumType;
import dev.strata.model.Event;
import dev.strata.model.Extension;
import dev.strata.model.ForeignKey;
import dev.strata.model.Grant;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.Policy;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.RowSecurity;
import dev.strata.model.Rule;
import dev.strata.model.Schema;
import dev.strata.model.Sequence;
import dev.strata.model.SequenceOptions;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UniqueConstraint;

import java.util.List;
import java.util.Map;

import static dev.strata.diff.M.col;
import static dev.strata.diff.M.q;

/**
 * One sample change of every kind, found through {@link ChangeVisitor}: the parameter of each method names the kind
 * (its argument is ignored and may be null), so adding a change kind to the visitor does not compile until it has a
 * sample here. Samples are equal on every call, so {@code sample.accept(samples)} returns the sample itself.
 */
final class ChangeSamples implements ChangeVisitor<Change> {
    private static final QualifiedName T = q("t");
    private static final Column A = col("a", "text", true);
    private static final Table TABLE = M.table("t", col("id", "integer", false), A);
    private static final Schema SCHEMA = new Schema("s", null, null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());
    private static final Extension PGCRYPTO = new Extension("pgcrypto", "public", "1.3", null);
    private static final PrimaryKey KEY = PrimaryKey.of("t_pkey", List.of("id"));
    private static final ForeignKey FK = new ForeignKey("t_u_fkey", List.of("a"), q("u"), List.of("id"), "CASCADE",
            "NO ACTION", false, false, "SIMPLE", true, null);
    private static final UniqueConstraint UNIQUE = new UniqueConstraint("t_a_key", List.of("a"), null, Map.of());
    private static final CheckConstraint CHECK = CheckConstraint.of("t_a_check", "a <> ''");
    private static final Index INDEX = new Index("t_a_idx", false, List.of(IndexKey.column("a")), List.of(), null,
            "btree", null, Map.of(), null);
    private static final Trigger TRIGGER = new Trigger("t_audit", T, "AFTER", "INSERT", "EXECUTE FUNCTION audit()",
            null, Map.of());
    private static final Rule RULE = new Rule("t_no_delete", "ON DELETE TO t DO INSTEAD NOTHING", null);
    private static final Policy POLICY = new Policy("t_own", true, "SELECT", List.of("app"), "a = current_user",
            null, null);
    private static final Sequence SEQUENCE = sequence(1);
    private static final EnumType ENUM = new EnumType(q("mood"), List.of("sad", "ok"), null, null, List.of());
    private static final Domain DOMAIN = domain(false);
    private static final CompositeType COMPOSITE = new CompositeType(q("pair"), "composite", "(a integer, b text)",
            null, null, List.of());
    private static final Routine ROUTINE = routine("SELECT 1");
    private static final Event EVENT = event("1");
    private static final ObjectRef TABLE_REF = ObjectRef.of(ObjectKind.TABLE, T);
    private static final Grant GRANT = new Grant("app", List.of("SELECT"), null, false, null);

    private static Sequence sequence(long increment) {
        return new Sequence(q("seq"), new SequenceOptions("bigint", 1, increment, 1, Long.MAX_VALUE, 1, false), null,
                null, null, List.of());
    }

    private static Domain domain(boolean notNull) {
        return new Domain(q("email"), "text", notNull, null, null, List.of(CheckConstraint.of("email_at", "VALUE ~ '@'")),
                null, null, List.of());
    }

    private static Routine routine(String body) {
        return new Routine(q("one"), "function", "", "CREATE FUNCTION public.one() RETURNS integer LANGUAGE sql AS $$"
                + body + "$$", null, null, List.of(), Map.of());
    }

    private static Event event(String every) {
        return new Event(q("purge"), null, every, "DAY", null, null, true, "ENABLED", null, "DELETE FROM t", Map.of());
    }

    @Override
    public Change visit(CreateSchema change) {
        return new CreateSchema(SCHEMA);
    }

    @Override
    public Change visit(DropSchema change) {
        return new DropSchema(SCHEMA);
    }

    @Override
    public Change visit(AddExtension change) {
        return new AddExtension(PGCRYPTO);
    }

    @Override
    public Change visit(DropExtension change) {
        return new DropExtension(PGCRYPTO);
    }

    @Override
    public Change visit(ModifyExtension change) {
        return new ModifyExtension(PGCRYPTO, new Extension("pgcrypto", "public", "1.4", null));
    }

    @Override
    public Change visit(AddTable change) {
        return new AddTable(TABLE);
    }

    @Override
    public Change visit(DropTable change) {
        return new DropTable(TABLE);
    }

    @Override
    public Change visit(RenameTable change) {
        return new RenameTable(T, q("u"));
    }

    @Override
    public Change visit(AddColumn change) {
        return new AddColumn(T, col("b", "text", true));
    }

    @Override
    public Change visit(DropColumn change) {
        return new DropColumn(T, A);
    }

    @Override
    public Change visit(RenameColumn change) {
        return new RenameColumn(T, "a", "b");
    }

    @Override
    public Change visit(ModifyColumn change) {
        return new ModifyColumn(T, A, col("a", "varchar(5)", false));
    }

    @Override
    public Change visit(AddPrimaryKey change) {
        return new AddPrimaryKey(T, KEY);
    }

    @Override
    public Change visit(DropPrimaryKey change) {
        return new DropPrimaryKey(T, KEY);
    }

    @Override
    public Change visit(AddForeignKey change) {
        return new AddForeignKey(T, FK);
    }

    @Override
    public Change visit(DropForeignKey change) {
        return new DropForeignKey(T, FK);
    }

    @Override
    public Change visit(AddUnique change) {
        return new AddUnique(T, UNIQUE);
    }

    @Override
    public Change visit(DropUnique change) {
        return new DropUnique(T, UNIQUE);
    }

    @Override
    public Change visit(AddCheck change) {
        return new AddCheck(T, CHECK);
    }

    @Override
    public Change visit(DropCheck change) {
        return new DropCheck(T, CHECK);
    }

    @Override
    public Change visit(AddIndex change) {
        return new AddIndex(T, INDEX);
    }

    @Override
    public Change visit(DropIndex change) {
        return new DropIndex(T, INDEX);
    }

    @Override
    public Change visit(AddTrigger change) {
        return new AddTrigger(TRIGGER);
    }

    @Override
    public Change visit(DropTrigger change) {
        return new DropTrigger(TRIGGER);
    }

    @Override
    public Change visit(AddRule change) {
        return new AddRule(T, RULE);
    }

    @Override
    public Change visit(DropRule change) {
        return new DropRule(T, RULE);
    }

    @Override
    public Change visit(SetRowSecurity change) {
        return new SetRowSecurity(T, RowSecurity.NONE, new RowSecurity(true, false, List.of(POLICY)));
    }

    @Override
    public Change visit(AddPolicy change) {
        return new AddPolicy(T, POLICY);
    }

    @Override
    public Change visit(DropPolicy change) {
        return new DropPolicy(T, POLICY);
    }

    @Override
    public Change visit(ModifyTableOptions change) {
        return new ModifyTableOptions(T, Map.of(), Map.of("reloptions", "fillfactor=70"));
    }

    @Override
    public Change visit(AddView change) {
        return new AddView(M.view("v", "SELECT a FROM t", "t"));
    }

    @Override
    public Change visit(DropView change) {
        return new DropView(M.view("v", "SELECT a FROM t", "t"));
    }

    @Override
    public Change visit(AddSequence change) {
        return new AddSequence(SEQUENCE);
    }

    @Override
    public Change visit(DropSequence change) {
        return new DropSequence(SEQUENCE);
    }

    @Override
    public Change visit(ModifySequence change) {
        return new ModifySequence(SEQUENCE, sequence(2));
    }

    @Override
    public Change visit(AddEnum change) {
        return new AddEnum(ENUM);
    }

    @Override
    public Change visit(DropEnum change) {
        return new DropEnum(ENUM);
    }

    @Override
    public Change visit(ModifyEnum change) {
        return new ModifyEnum(ENUM, new EnumType(q("mood"), List.of("sad", "ok", "happy"), null, null, List.of()));
    }

    @Override
    public Change visit(AddDomain change) {
        return new AddDomain(DOMAIN);
    }

    @Override
    public Change visit(DropDomain change) {
        return new DropDomain(DOMAIN);
    }

    @Override
    public Change visit(ModifyDomain change) {
        return new ModifyDomain(DOMAIN, domain(true));
    }

    @Override
    public Change visit(AddCompositeType change) {
        return new AddCompositeType(COMPOSITE);
    }

    @Override
    public Change visit(DropCompositeType change) {
        return new DropCompositeType(COMPOSITE);
    }

    @Override
    public Change visit(AddRoutine change) {
        return new AddRoutine(ROUTINE);
    }

    @Override
    public Change visit(DropRoutine change) {
        return new DropRoutine(ROUTINE);
    }

    @Override
    public Change visit(ModifyRoutine change) {
        return new ModifyRoutine(ROUTINE, routine("SELECT 2"));
    }

    @Override
    public Change visit(AddEvent change) {
        return new AddEvent(EVENT);
    }

    @Override
    public Change visit(DropEvent change) {
        return new DropEvent(EVENT);
    }

    @Override
    public Change visit(ModifyEvent change) {
        return new ModifyEvent(EVENT, event("2"));
    }

    @Override
    public Change visit(SetComment change) {
        return new SetComment(TABLE_REF, null, "hello");
    }

    @Override
    public Change visit(AddGrant change) {
        return new AddGrant(TABLE_REF, GRANT);
    }

    @Override
    public Change visit(DropGrant change) {
        return new DropGrant(TABLE_REF, GRANT);
    }

    @Override
    public Change visit(SetOwner change) {
        return new SetOwner(TABLE_REF, "a", "b");
    }
}
