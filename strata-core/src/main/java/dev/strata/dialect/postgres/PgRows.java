package dev.strata.dialect.postgres;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Index;
import dev.strata.model.PartitionOf;
import dev.strata.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Maps single rows of the inspector's catalog queries to model parts and definitions. */
final class PgRows {
    private PgRows() {
    }

    static CheckConstraint check(ResultSet rs) throws SQLException {
        return new CheckConstraint(rs.getString("conname"), checkExpression(rs.getString("def")),
                rs.getBoolean("connoinherit"), rs.getBoolean("convalidated"), rs.getString("description"));
    }

    /** The condition of "CHECK ((a > 0)) NO INHERIT NOT VALID": "(a > 0)", as inside the CHECK parentheses. */
    static String checkExpression(String def) {
        String s = def;
        for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        if (s.startsWith("CHECK (") && s.endsWith(")")) {
            s = s.substring("CHECK (".length(), s.length() - 1);
        }
        return s;
    }

    static Map<String, String> indexBackedOptions(ResultSet rs) throws SQLException {
        Map<String, String> options = new TreeMap<>();
        if (rs.getBoolean("condeferrable")) {
            options.put("deferrable", rs.getBoolean("condeferred") ? "initially deferred" : "initially immediate");
        }
        if (rs.getBoolean("nulls_not_distinct")) {
            options.put("nulls_not_distinct", "true");
        }
        String[] with = PgCatalog.strings(rs, "index_options");
        if (with != null) {
            options.put("with", String.join(", ", with));
        }
        putIfPresent(options, "tablespace", rs.getString("index_tablespace"));
        putIfPresent(options, "attached_to", rs.getString("parent_index"));
        if (rs.getBoolean("clustered")) {
            options.put("clustered", "true");
        }
        return options;
    }

    static Index exclusion(ResultSet rs, String name, String comment) throws SQLException {
        Map<String, String> options = indexBackedOptions(rs);
        options.put("constraint", "exclusion");
        return new Index(name, false, List.of(), List.of(), null, rs.getString("index_method"), comment, options,
                rs.getString("def"));
    }

    static String action(String code) {
        return switch (code) {
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            case "r" -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    static String match(String code) {
        return switch (code) {
            case "f" -> "FULL";
            case "p" -> "PARTIAL";
            default -> "SIMPLE";
        };
    }

    static String rangeDefinition(ResultSet rs, QualifiedName name) throws SQLException {
        List<String> parts = new ArrayList<>();
        parts.add("subtype = " + rs.getString("range_subtype"));
        addIfPresent(parts, "subtype_opclass = ", rs.getString("range_opclass"));
        addIfPresent(parts, "collation = ", rs.getString("range_collation"));
        addIfPresent(parts, "canonical = ", rs.getString("range_canonical"));
        addIfPresent(parts, "subtype_diff = ", rs.getString("range_subdiff"));
        addIfPresent(parts, "multirange_type_name = ", rs.getString("range_multirange"));
        return "CREATE TYPE " + PgNames.qualified(name) + " AS RANGE (\n    " + String.join(",\n    ", parts)
                + "\n);";
    }

    static String aggregateDefinition(ResultSet rs, QualifiedName name) throws SQLException {
        return "CREATE AGGREGATE " + PgNames.qualified(name) + "(" + rs.getString("arguments") + ") (\n    "
                + String.join(",\n    ", PgCatalog.stringsOrEmpty(rs, "aggregate_options")) + "\n);";
    }

    static String timing(int tgtype) {
        return (tgtype & 64) != 0 ? "INSTEAD OF" : (tgtype & 2) != 0 ? "BEFORE" : "AFTER";
    }

    static String events(int tgtype) {
        List<String> events = new ArrayList<>();
        if ((tgtype & 4) != 0) {
            events.add("INSERT");
        }
        if ((tgtype & 16) != 0) {
            events.add("UPDATE");
        }
        if ((tgtype & 8) != 0) {
            events.add("DELETE");
        }
        if ((tgtype & 32) != 0) {
            events.add("TRUNCATE");
        }
        return String.join(" OR ", events);
    }

    static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    static void addIfPresent(List<String> parts, String prefix, String value) {
        if (value != null) {
            parts.add(prefix + value);
        }
    }

    static void readParents(ResultSet rs, PgTableBuilder t) throws SQLException {
        String[] schemas = PgCatalog.stringsOrEmpty(rs, "parent_schemas");
        String[] names = PgCatalog.stringsOrEmpty(rs, "parent_names");
        String bound = rs.getString("bound");
        if (bound != null && schemas.length == 1) {
            t.partitionOf = new PartitionOf(QualifiedName.of(schemas[0], names[0]), bound);
            return;
        }
        for (int i = 0; i < names.length; i++) {
            t.inherits.add(QualifiedName.of(schemas[i], names[i]));
        }
    }

    static void readRelationOptions(ResultSet rs, PgTableBuilder t) throws SQLException {
        if ("u".equals(rs.getString("relpersistence"))) {
            t.options.put("persistence", "unlogged");
        }
        String[] reloptions = PgCatalog.strings(rs, "reloptions");
        if (reloptions != null) {
            t.options.put("reloptions", String.join(", ", reloptions));
        }
        putIfPresent(t.options, "tablespace", rs.getString("spcname"));
        putIfPresent(t.options, "replica_identity", rs.getString("replica_identity"));
    }
}
