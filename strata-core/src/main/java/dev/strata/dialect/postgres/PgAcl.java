package dev.strata.dialect.postgres;

import dev.strata.model.Grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses PostgreSQL access control items ({@code grantee=privs/grantor}) into {@link Grant} records.
 * The letters are documented in https://www.postgresql.org/docs/current/ddl-priv.html (Table 5.1).
 */
final class PgAcl {
    private static final Map<Character, String> PRIVILEGES = Map.ofEntries(
            Map.entry('r', "SELECT"), Map.entry('w', "UPDATE"), Map.entry('a', "INSERT"),
            Map.entry('d', "DELETE"), Map.entry('D', "TRUNCATE"), Map.entry('x', "REFERENCES"),
            Map.entry('t', "TRIGGER"), Map.entry('X', "EXECUTE"), Map.entry('U', "USAGE"),
            Map.entry('C', "CREATE"), Map.entry('c', "CONNECT"), Map.entry('T', "TEMPORARY"),
            Map.entry('m', "MAINTAIN"), Map.entry('s', "SET"), Map.entry('A', "ALTER SYSTEM"));

    private PgAcl() {
    }

    /** Grants of an aclitem[] given as text items; {@code column} is set for column privileges. */
    static List<Grant> parse(String[] items, String column) {
        List<Grant> grants = new ArrayList<>();
        if (items == null) {
            return grants;
        }
        for (String item : items) {
            parseItem(item, column, grants);
        }
        return grants;
    }

    private static void parseItem(String item, String column, List<Grant> out) {
        int[] pos = {0};
        String grantee = name(item, pos, '=');
        pos[0]++;
        int slash = item.indexOf('/', pos[0]);
        String letters = item.substring(pos[0], slash);
        pos[0] = slash + 1;
        String grantor = name(item, pos, '\0');
        List<String> plain = new ArrayList<>();
        List<String> withOption = new ArrayList<>();
        for (int i = 0; i < letters.length(); i++) {
            String privilege = PRIVILEGES.get(letters.charAt(i));
            boolean grantable = i + 1 < letters.length() && letters.charAt(i + 1) == '*';
            (grantable ? withOption : plain).add(privilege == null ? String.valueOf(letters.charAt(i)) : privilege);
            if (grantable) {
                i++;
            }
        }
        String who = grantee.isEmpty() ? "PUBLIC" : grantee;
        if (!plain.isEmpty()) {
            out.add(new Grant(who, plain, column, false, grantor));
        }
        if (!withOption.isEmpty()) {
            out.add(new Grant(who, withOption, column, true, grantor));
        }
    }

    /** Reads a possibly double-quoted role name up to {@code stop}, advancing {@code pos}. */
    private static String name(String s, int[] pos, char stop) {
        StringBuilder sb = new StringBuilder();
        int i = pos[0];
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    sb.append('"');
                    i += 2;
                    continue;
                }
                quoted = !quoted;
                i++;
                continue;
            }
            if (!quoted && c == stop) {
                break;
            }
            sb.append(c);
            i++;
        }
        pos[0] = i;
        return sb.toString();
    }
}
