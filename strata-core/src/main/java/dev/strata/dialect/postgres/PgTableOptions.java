package dev.strata.dialect.postgres;

import dev.strata.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ALTER TABLE for the table options the inspector records: persistence, storage parameters, tablespace and replica
 * identity (https://www.postgresql.org/docs/15/sql-altertable.html).
 */
final class PgTableOptions {
    private PgTableOptions() {
    }

    static List<String> changes(QualifiedName table, Map<String, String> from, Map<String, String> to) {
        String alter = PgColumnChanges.alter(table);
        List<String> out = new ArrayList<>();
        if (!Objects.equals(from.get("persistence"), to.get("persistence"))) {
            out.add(alter + ("unlogged".equals(to.get("persistence")) ? "SET UNLOGGED" : "SET LOGGED"));
        }
        if (!Objects.equals(from.get("reloptions"), to.get("reloptions"))) {
            if (from.get("reloptions") != null) {
                out.add(alter + "RESET (" + keys(from.get("reloptions")) + ")");
            }
            if (to.get("reloptions") != null) {
                out.add(alter + "SET (" + to.get("reloptions") + ")");
            }
        }
        if (!Objects.equals(from.get("tablespace"), to.get("tablespace"))) {
            String tablespace = to.get("tablespace") == null ? "pg_default" : PgNames.ident(to.get("tablespace"));
            out.add(alter + "SET TABLESPACE " + tablespace);
        }
        if (!Objects.equals(from.get("replica_identity"), to.get("replica_identity"))) {
            String identity = to.get("replica_identity") == null ? "default" : to.get("replica_identity");
            out.add(PgEnumChanges.strip(PostgresDdl.replicaIdentity(table, identity)));
        }
        return out;
    }

    /** "fillfactor=70, autovacuum_enabled=false" -> "fillfactor, autovacuum_enabled". */
    private static String keys(String reloptions) {
        List<String> keys = new ArrayList<>();
        for (String option : reloptions.split(",\\s*")) {
            int eq = option.indexOf('=');
            keys.add(eq < 0 ? option.strip() : option.substring(0, eq).strip());
        }
        return String.join(", ", keys);
    }
}
