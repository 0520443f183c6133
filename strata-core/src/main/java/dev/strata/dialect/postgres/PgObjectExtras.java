package dev.strata.dialect.postgres;

import dev.strata.model.Grant;

import java.util.List;
import java.util.Objects;

/** Comments, owners and privileges of new and changed objects (https://www.postgresql.org/docs/15/ddl-priv.html). */
final class PgObjectExtras {
    private PgObjectExtras() {
    }

    static String revoke(String target, Grant g) {
        String privileges = g.columns() == null ? String.join(", ", g.privileges())
                : String.join(", ", g.privileges().stream().map(p -> p + "(" + PgNames.ident(g.columns()) + ")")
                .toList());
        return "REVOKE " + privileges + " ON " + target + " FROM " + PgNames.role(g.grantee());
    }

    static void comment(List<String> out, String target, String from, String to) {
        if (!Objects.equals(from, to)) {
            out.add(PostgresDdl.comment(target, to));
        }
    }

    static void owner(List<String> out, String target, String owner) {
        if (owner != null) {
            out.add(PostgresDdl.alterOwner(target, owner));
        }
    }

    /** Comment, owner and privileges of a new object; a non-default ACL starts from nothing granted to PUBLIC. */
    static void newObject(List<String> out, String target, String grantTarget, String comment,
                                  String owner, List<Grant> grants) {
        comment(out, target, null, comment);
        owner(out, target, owner);
        if (!grants.isEmpty()) {
            out.add(PostgresDdl.revokeAll(grantTarget, "PUBLIC"));
        }
        grants(out, grantTarget, List.of(), grants);
    }

    /** Comment, owner and privilege changes of a modified object. */
    static void changedObject(List<String> out, String target, String grantTarget, String fromComment, String toComment,
                       String fromOwner, String toOwner, List<Grant> fromGrants, List<Grant> toGrants) {
        comment(out, target, fromComment, toComment);
        if (fromOwner != null && toOwner != null && !fromOwner.equals(toOwner)) {
            out.add(PostgresDdl.alterOwner(target, toOwner));
        }
        if (!fromGrants.equals(toGrants)) {
            for (Grant g : fromGrants) {
                if (!toGrants.contains(g)) {
                    out.add(revoke(grantTarget, g));
                }
            }
            grants(out, grantTarget, fromGrants, toGrants);
        }
    }

    static void grants(List<String> out, String target, List<Grant> from, List<Grant> to) {
        for (Grant g : to) {
            if (!from.contains(g)) {
                out.add(PostgresDdl.grant(target, g));
            }
        }
    }
}
