package dev.strata.dialect.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.model.QualifiedName;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Builds CREATE COLLATION for a user collation from its pg_collation row (as JSON, because the columns changed
 * names across versions: colliculocale in 15, colllocale in 17). Collations are not modelled; this definition
 * lets the dump recreate them. See https://www.postgresql.org/docs/current/sql-createcollation.html
 */
final class PgCollations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PgCollations() {
    }

    static String definition(QualifiedName name, String rowJson) {
        JsonNode row;
        try {
            row = JSON.readTree(rowJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String provider = row.path("collprovider").asText();
        StringBuilder sb = new StringBuilder("CREATE COLLATION ").append(PgNames.qualified(name)).append(" (");
        if (provider.equals("i")) {
            String locale = text(row, "colllocale", text(row, "colliculocale", text(row, "collcollate", "")));
            sb.append("provider = icu, locale = ").append(PgNames.literal(locale));
        } else if (provider.equals("c")) {
            String collate = text(row, "collcollate", "");
            String ctype = text(row, "collctype", "");
            sb.append("provider = libc, ");
            sb.append(collate.equals(ctype) ? "locale = " + PgNames.literal(collate)
                    : "lc_collate = " + PgNames.literal(collate) + ", lc_ctype = " + PgNames.literal(ctype));
        } else {
            return null;
        }
        if (!row.path("collisdeterministic").asBoolean(true)) {
            sb.append(", deterministic = false");
        }
        return sb.append(");").toString();
    }

    private static String text(JsonNode row, String field, String fallback) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? fallback : n.asText();
    }
}
