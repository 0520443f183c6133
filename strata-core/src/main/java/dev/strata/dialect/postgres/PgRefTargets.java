package dev.strata.dialect.postgres;

import dev.strata.diff.ObjectKind;
import dev.strata.diff.ObjectRef;
import dev.strata.model.QualifiedName;

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
            case SCHEMA -> "SCHEMA " + PgNames.ident(n.name());
            case COLUMN -> PgTargets.column(n, ref.child());
            case CONSTRAINT -> PgTargets.onTable("CONSTRAINT", ref.child(), n);
            case TRIGGER -> PgTargets.onTable("TRIGGER", ref.child(), n);
            case POLICY -> PgTargets.onTable("POLICY", ref.child(), n);
            case RULE -> PgTargets.onTable("RULE", ref.child(), n);
            case INDEX -> "INDEX " + (ref.child() == null ? PgNames.qualified(n)
                    : PgNames.qualified(n.schema(), ref.child()));
            case EXTENSION -> "EXTENSION " + PgNames.ident(n.name());
            case FUNCTION, PROCEDURE, AGGREGATE -> routine(ref, false);
            default -> ref.kind().keyword() + " " + PgNames.qualified(n);
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
            case TABLE, VIEW, MATERIALIZED_VIEW, COLUMN -> "TABLE " + PgNames.qualified(n);
            case SCHEMA -> "SCHEMA " + PgNames.ident(n.name());
            case FUNCTION, PROCEDURE, AGGREGATE -> routine(ref, true);
            case DOMAIN -> "DOMAIN " + PgNames.qualified(n);
            default -> ref.kind().keyword() + " " + PgNames.qualified(n);
        };
    }

    private static String routine(ObjectRef ref, boolean forGrant) {
        String kind = ref.kind() == ObjectKind.AGGREGATE && forGrant ? "FUNCTION" : ref.kind().keyword();
        String args = ref.signature() == null ? "" : ref.signature();
        if (ref.kind() == ObjectKind.AGGREGATE && args.isEmpty() && !forGrant) {
            args = "*";
        }
        return kind + " " + PgNames.qualified(ref.name()) + "(" + args + ")";
    }
}
