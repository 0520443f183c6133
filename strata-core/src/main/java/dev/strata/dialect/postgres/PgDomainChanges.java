package dev.strata.dialect.postgres;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ALTER DOMAIN for a changed default, NOT NULL or check (https://www.postgresql.org/docs/15/sql-alterdomain.html).
 * A changed base type or collation cannot be altered; the diff reports such a domain as changed and this renders
 * the parts that can.
 */
final class PgDomainChanges {
    private PgDomainChanges() {
    }

    static List<String> of(Domain a, Domain b) {
        String target = "DOMAIN " + PgNames.qualified(b.name());
        String alter = "ALTER " + target + " ";
        List<String> out = new ArrayList<>();
        if (!Objects.equals(a.defaultValue(), b.defaultValue())) {
            out.add(alter + (b.defaultValue() == null ? "DROP DEFAULT" : "SET DEFAULT " + b.defaultValue()));
        }
        if (a.notNull() != b.notNull()) {
            out.add(alter + (b.notNull() ? "SET NOT NULL" : "DROP NOT NULL"));
        }
        for (CheckConstraint c : a.checks()) {
            if (!b.checks().contains(c)) {
                out.add(alter + "DROP CONSTRAINT " + PgNames.ident(c.name()));
            }
        }
        for (CheckConstraint c : b.checks()) {
            if (!a.checks().contains(c)) {
                out.add(PostgresDdl.addDomainCheck(b, c));
                PgObjectExtras.comment(out, "CONSTRAINT " + PgNames.ident(c.name()) + " ON " + target, null,
                        c.comment());
            }
        }
        PgObjectExtras.changedObject(out, target, target, a.comment(), b.comment(), a.owner(), b.owner(), a.grants(),
                b.grants());
        return out;
    }
}
