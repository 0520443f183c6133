package dev.strata.dialect.postgres;

import dev.strata.diff.ObjectRef;
import dev.strata.model.QualifiedName;

import java.util.Locale;

/**
 * How COMMENT ON, ALTER ... OWNER TO and GRANT name the object an {@link ObjectRef} points at
 * (https://www.postgresql.org/docs/15/sql-comment.html).
 */
final class PgRefTargets {
    private PgRefTargets() {
    }

    /** The object as COMMENT ON names it ("TABLE s.t", "COLUMN s.t.c", "CONSTRAINT c ON s.t"). */
    static String comment(ObjectRef ref) {
        QualifiedName n = ref.name();
        return switch (ref.kind()) {
            case "schema" -> "SCHEMA " + PgNames.ident(n.name());
            case "column" -> PgTargets.column(n, ref.child());
            case "constraint" -> PgTargets.onTable("CONSTRAINT", ref.child(), n);
            case "trigger" -> PgTargets.onTable("TRIGGER", ref.child(), n);
            case "policy" -> PgTargets.onTable("POLICY", ref.child(), n);
            case "rule" -> PgTargets.onTable("RULE", ref.child(), n);
            case "index" -> "INDEX " + (ref.child() == null ? PgNames.qualified(n)
                    : PgNames.qualified(n.schema(), ref.child()));
            case "extension" -> "EXTENSION " + PgNames.ident(n.name());
            case "function", "procedure", "aggregate" -> routine(ref, false);
            default -> ref.kind().toUpperCase(Locale.ROOT) + " " + PgNames.qualified(n);
        };
    }

    /** The object as ALTER ... OWNER TO names it. */
    static String owner(ObjectRef ref) {
        return comment(ref);
    }

    /** The object as GRANT names it: views, materialized views and tables are all TABLE, aggregates FUNCTION. */
    static String grant(ObjectRef ref) {
        QualifiedName n = ref.name();
        return switch (ref.kind()) {
            case "table", "view", "materialized view", "column" -> "TABLE " + PgNames.qualified(n);
            case "schema" -> "SCHEMA " + PgNames.ident(n.name());
            case "function", "procedure", "aggregate" -> routine(ref, true);
            case "domain" -> "DOMAIN " + PgNames.qualified(n);
            default -> ref.kind().toUpperCase(Locale.ROOT) + " " + PgNames.qualified(n);
        };
    }

    private static String routine(ObjectRef ref, boolean forGrant) {
        String kind = ref.kind().equals("aggregate") && forGrant ? "FUNCTION" : ref.kind().toUpperCase(Locale.ROOT);
        String args = ref.signature() == null ? "" : ref.signature();
        if (ref.kind().equals("aggregate") && args.isEmpty() && !forGrant) {
            args = "*";
        }
        return kind + " " + PgNames.qualified(ref.name()) + "(" + args + ")";
    }
}
