package dev.strata.dialect.postgres;

import dev.strata.model.QualifiedName;

import java.util.Set;

/**
 * Identifier and literal quoting the way PostgreSQL's {@code quote_ident} and {@code quote_literal} do it, so that
 * dumps read like the server's own output: quotes only where an identifier needs them.
 */
final class PgNames {
    /** PostgreSQL 15 keywords that are not unreserved ({@code pg_get_keywords() WHERE catcode <> 'U'}). */
    private static final Set<String> KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
            "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
            "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
            "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
            "dec", "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
            "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest",
            "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int", "integer",
            "intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like",
            "limit", "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not",
            "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer",
            "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references", "returning",
            "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring",
            "symmetric", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim",
            "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when", "where",
            "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest",
            "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    private PgNames() {
    }

    /** The identifier, double-quoted when it is not a plain lower-case name or is a keyword. */
    static String ident(String name) {
        return isPlain(name) && !KEYWORDS.contains(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    static String qualified(QualifiedName name) {
        return name.schema() == null ? ident(name.name()) : ident(name.schema()) + "." + ident(name.name());
    }

    static String qualified(String schema, String name) {
        return ident(schema) + "." + ident(name);
    }

    /** A role name as GRANT and OWNER TO spell it; "PUBLIC" stays the keyword. */
    static String role(String role) {
        return "PUBLIC".equals(role) ? "PUBLIC" : ident(role);
    }

    /** A string literal; E'' syntax when it holds a backslash, as quote_literal does. */
    static String literal(String value) {
        String doubled = value.replace("'", "''");
        if (value.indexOf('\\') >= 0) {
            return "E'" + doubled.replace("\\", "\\\\") + "'";
        }
        return "'" + doubled + "'";
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }
}
