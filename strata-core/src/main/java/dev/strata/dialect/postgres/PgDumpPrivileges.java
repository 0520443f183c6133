package dev.strata.dialect.postgres;

import dev.strata.model.CompositeType;
import dev.strata.model.Domain;
import dev.strata.model.EnumType;
import dev.strata.model.Grant;
import dev.strata.model.Policy;
import dev.strata.model.Routine;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.View;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes ALTER ... OWNER TO and the GRANT/REVOKE statements that turn a new object's default privileges into the
 * model's. A model lists grants only when they differ from the default (the inspector drops default ACLs), so an
 * object without grants needs nothing. See https://www.postgresql.org/docs/current/ddl-priv.html (Table 5.2).
 */
final class PgDumpPrivileges {
    private static final Set<String> TABLE_DEFAULT =
            Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER");
    private static final Set<String> SEQUENCE_DEFAULT = Set.of("SELECT", "UPDATE", "USAGE");
    private static final Set<String> EXECUTE = Set.of("EXECUTE");
    private static final Set<String> USAGE = Set.of("USAGE");
    private static final Set<String> SCHEMA_DEFAULT = Set.of("CREATE", "USAGE");

    private final Consumer<String> out;
    private final boolean init;

    PgDumpPrivileges(Consumer<String> out, boolean init) {
        this.out = out;
        this.init = init;
    }

    void owners(SchemaModel model, List<Table> tables, List<View> views) {
        for (Schema s : model.schemas()) {
            owner("SCHEMA " + PgNames.ident(s.name()), s.owner());
            s.enums().forEach(e -> owner("TYPE " + PgNames.qualified(e.name()), e.owner()));
            s.domains().forEach(d -> owner("DOMAIN " + PgNames.qualified(d.name()), d.owner()));
            s.compositeTypes().forEach(c -> owner("TYPE " + PgNames.qualified(c.name()), c.owner()));
            s.routines().forEach(r -> owner(PgTargets.routine(r, false), r.owner()));
            s.sequences().forEach(q -> owner("SEQUENCE " + PgNames.qualified(q.name()), q.owner()));
        }
        tables.forEach(t -> owner(PgTargets.table(t.name()), t.owner()));
        views.forEach(v -> owner(PgTargets.view(v), v.owner()));
    }

    private void owner(String target, String owner) {
        if (owner != null) {
            out.accept(PostgresDdl.alterOwner(target, owner));
        }
    }

    void grants(SchemaModel model, List<Table> tables, List<View> views) {
        for (Schema s : model.schemas()) {
            apply("SCHEMA " + PgNames.ident(s.name()), s.owner(), s.grants(), SCHEMA_DEFAULT, null);
            for (EnumType e : s.enums()) {
                apply("TYPE " + PgNames.qualified(e.name()), e.owner(), e.grants(), USAGE, USAGE);
            }
            for (Domain d : s.domains()) {
                apply("DOMAIN " + PgNames.qualified(d.name()), d.owner(), d.grants(), USAGE, USAGE);
            }
            for (CompositeType c : s.compositeTypes()) {
                apply("TYPE " + PgNames.qualified(c.name()), c.owner(), c.grants(), USAGE, USAGE);
            }
            for (Routine r : s.routines()) {
                apply(PgTargets.routine(r, true), r.owner(), r.grants(), EXECUTE, EXECUTE);
            }
            for (Sequence q : s.sequences()) {
                apply("SEQUENCE " + PgNames.qualified(q.name()), q.owner(), q.grants(), SEQUENCE_DEFAULT, null);
            }
        }
        tables.forEach(t -> apply(PgTargets.table(t.name()), t.owner(), t.grants(), TABLE_DEFAULT, null));
        views.forEach(v -> apply(PgTargets.table(v.name()), v.owner(), v.grants(), TABLE_DEFAULT, null));
    }

    /**
     * @param ownerDefault  what the owner holds by default
     * @param publicDefault what PUBLIC holds by default (functions, types), or null
     */
    private void apply(String target, String owner, List<Grant> grants, Set<String> ownerDefault,
                       Set<String> publicDefault) {
        if (grants.isEmpty()) {
            return;
        }
        List<Grant> ownerGrants = objectGrants(grants, owner);
        if (!init && owner != null && !holdsExactly(ownerGrants, ownerDefault)) {
            out.accept(PostgresDdl.revokeAll(target, owner));
            ownerGrants.forEach(g -> out.accept(PostgresDdl.grant(target, g)));
        }
        List<Grant> publicGrants = objectGrants(grants, "PUBLIC");
        boolean publicChanges = publicDefault == null ? !publicGrants.isEmpty()
                : !holdsExactly(publicGrants, publicDefault);
        if (publicChanges) {
            out.accept(PostgresDdl.revokeAll(target, "PUBLIC"));
        }
        for (Grant g : grants) {
            boolean handled = g.columns() == null && (g.grantee().equals(owner) || g.grantee().equals("PUBLIC"));
            if (!handled && (!init || g.grantee().equals("PUBLIC"))) {
                out.accept(PostgresDdl.grant(target, g));
            }
        }
        if (publicChanges) {
            // PUBLIC last: its entry was revoked above, so it ends the ACL as in pg_dump's order of statements
            publicGrants.forEach(g -> out.accept(PostgresDdl.grant(target, g)));
        }
    }

    /** True when a policy names roles other than PUBLIC, which --init cannot rely on. */
    static boolean namesRoles(Policy p) {
        return p.roles().stream().anyMatch(r -> !r.equals("public"));
    }

    private static List<Grant> objectGrants(List<Grant> grants, String grantee) {
        return grants.stream().filter(g -> g.columns() == null && g.grantee().equals(grantee)).toList();
    }

    /** True when the grants are exactly the default: one non-grantable entry with the default privileges. */
    private static boolean holdsExactly(List<Grant> grants, Set<String> expected) {
        return grants.size() == 1 && !grants.get(0).grantable()
                && Set.copyOf(grants.get(0).privileges()).equals(expected);
    }
}
