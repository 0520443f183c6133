package dev.strata.dialect.h2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the rows of separately read INFORMATION_SCHEMA views in memory, producing one row per constraint column,
 * per index column and per domain constraint, as a SQL join would.
 */
final class H2RowJoins {
    private H2RowJoins() {
    }

    static Map<String, List<H2Row>> join(Map<String, List<H2Row>> rows) {
        Map<String, List<H2Row>> out = new LinkedHashMap<>(rows);
        Map<String, H2Row> checks = byName(rows.get("check constraints"), "CONSTRAINT_NAME");
        out.put("constraints", constraints(rows, checks));
        out.put("indexes", expand(rows.get("indexes"), group(rows.get("index columns"), "INDEX_NAME"), "INDEX_NAME"));
        out.put("domains", domains(rows, checks));
        return out;
    }

    /** TABLE_CONSTRAINTS x KEY_COLUMN_USAGE, with the rules of REFERENTIAL_CONSTRAINTS and CHECK_CLAUSE. */
    private static List<H2Row> constraints(Map<String, List<H2Row>> rows, Map<String, H2Row> checks) {
        Map<String, H2Row> referential = byName(rows.get("referential constraints"), "CONSTRAINT_NAME");
        List<H2Row> withExtras = new ArrayList<>();
        for (H2Row c : rows.get("table constraints")) {
            String key = key(c, "CONSTRAINT_NAME");
            withExtras.add(merge(merge(c, referential.get(key)), checks.get(key)));
        }
        return expand(withExtras, group(rows.get("key columns"), "CONSTRAINT_NAME"), "CONSTRAINT_NAME");
    }

    /** DOMAINS x DOMAIN_CONSTRAINTS, with each constraint's CHECK_CLAUSE. */
    private static List<H2Row> domains(Map<String, List<H2Row>> rows, Map<String, H2Row> checks) {
        Map<String, List<H2Row>> constraints = new HashMap<>();
        for (H2Row dc : rows.get("domain constraints")) {
            H2Row withClause = merge(dc, checks.get(key(dc, "CONSTRAINT_NAME")));
            constraints.computeIfAbsent(dc.str("DOMAIN_SCHEMA") + "\u0000" + dc.str("DOMAIN_NAME"),
                    k -> new ArrayList<>()).add(onlyConstraint(withClause));
        }
        List<H2Row> out = new ArrayList<>();
        for (H2Row d : rows.get("domains")) {
            List<H2Row> parts = constraints.get(d.str("SCHEMA_NAME") + "\u0000" + d.str("OBJECT_NAME"));
            if (parts == null) {
                out.add(d);
            } else {
                parts.forEach(p -> out.add(merge(d, p)));
            }
        }
        return out;
    }

    /** The constraint's own columns, so that they do not overwrite the domain's DOMAIN_SCHEMA / DOMAIN_NAME. */
    private static H2Row onlyConstraint(H2Row r) {
        Map<String, String> values = new HashMap<>();
        values.put("CONSTRAINT_NAME", r.str("CONSTRAINT_NAME"));
        values.put("CHECK_CLAUSE", r.str("CHECK_CLAUSE"));
        return new H2Row(values);
    }

    /** One row per child (in the children's order), or the parent alone when it has none. */
    private static List<H2Row> expand(List<H2Row> parents, Map<String, List<H2Row>> children, String nameColumn) {
        List<H2Row> out = new ArrayList<>();
        for (H2Row parent : parents) {
            List<H2Row> kids = children.get(key(parent, nameColumn));
            if (kids == null) {
                out.add(parent);
            } else {
                kids.forEach(k -> out.add(merge(parent, k)));
            }
        }
        return out;
    }

    /** The base row's non-null values win; the extra row fills in the rest. */
    private static H2Row merge(H2Row base, H2Row extra) {
        if (extra == null) {
            return base;
        }
        Map<String, String> values = new HashMap<>(base.values());
        extra.values().forEach((k, v) -> {
            if (v != null) {
                values.merge(k, v, (mine, theirs) -> mine);
            }
        });
        return new H2Row(values);
    }

    private static Map<String, H2Row> byName(List<H2Row> rows, String nameColumn) {
        Map<String, H2Row> out = new HashMap<>();
        rows.forEach(r -> out.put(key(r, nameColumn), r));
        return out;
    }

    private static Map<String, List<H2Row>> group(List<H2Row> rows, String nameColumn) {
        Map<String, List<H2Row>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(key(r, nameColumn), k -> new ArrayList<>()).add(r));
        return out;
    }

    private static String key(H2Row r, String nameColumn) {
        return r.str("SCHEMA_NAME") + "\u0000" + r.str(nameColumn);
    }
}
