package dev.strata.dialect.postgres;

import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.View;

/** How COMMENT ON, ALTER ... OWNER TO and GRANT name each kind of object. */
final class PgTargets {
    private PgTargets() {
    }

    static String table(QualifiedName name) {
        return "TABLE " + PgNames.qualified(name);
    }

    static String view(View v) {
        return (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + PgNames.qualified(v.name());
    }

    static String column(QualifiedName relation, String column) {
        return "COLUMN " + PgNames.qualified(relation) + "." + PgNames.ident(column);
    }

    static String onTable(String kind, String name, QualifiedName table) {
        return kind + " " + PgNames.ident(name) + " ON " + PgNames.qualified(table);
    }

    /** FUNCTION, PROCEDURE or AGGREGATE with its identity arguments; {@code forGrant} says FUNCTION for aggregates. */
    static String routine(Routine r, boolean forGrant) {
        String kind = r.kind().equals("procedure") ? "PROCEDURE"
                : r.kind().equals("aggregate") && !forGrant ? "AGGREGATE" : "FUNCTION";
        String args = r.signature() == null ? "" : r.signature();
        if (r.kind().equals("aggregate") && args.isEmpty() && !forGrant) {
            args = "*";
        }
        return kind + " " + PgNames.qualified(r.name()) + "(" + args + ")";
    }
}
