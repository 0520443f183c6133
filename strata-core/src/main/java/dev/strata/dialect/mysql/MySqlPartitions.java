package dev.strata.dialect.mysql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a table's whole PARTITION BY clause from information_schema.PARTITIONS
 * (https://mariadb.com/kb/en/information-schema-partitions-table/). The server re-renders the clause it parses,
 * so an equivalent clause gives the same SHOW CREATE TABLE.
 */
final class MySqlPartitions {
    /** A row of {@link MySqlInspector#PARTITIONS}. */
    record Row(String partition, String subpartition, String method, String subMethod, String expression,
               String subExpression, String description, String comment) {
    }

    private MySqlPartitions() {
    }

    static String clause(List<Row> rows) {
        Row first = rows.get(0);
        StringBuilder sb = new StringBuilder("PARTITION BY ").append(method(first.method(), first.expression()));
        Map<String, List<Row>> partitions = new LinkedHashMap<>();
        for (Row r : rows) {
            partitions.computeIfAbsent(r.partition(), k -> new ArrayList<>()).add(r);
        }
        boolean countedSubpartitions = first.subMethod() != null && hasDefaultSubpartitionNames(partitions);
        if (first.subMethod() != null) {
            sb.append("\nSUBPARTITION BY ").append(method(first.subMethod(), first.subExpression()));
            if (countedSubpartitions) {
                sb.append("\nSUBPARTITIONS ").append(partitions.get(first.partition()).size());
            }
        }
        if (isDefaultHashLayout(first, partitions)) {
            return sb.append("\nPARTITIONS ").append(partitions.size()).toString();
        }
        List<String> defs = new ArrayList<>();
        partitions.forEach((name, subs) -> defs.add(partition(name, subs, !countedSubpartitions)));
        return sb.append("\n(").append(String.join(",\n ", defs)).append(')').toString();
    }

    /** "RANGE COLUMNS" + "`d`" -> "RANGE COLUMNS(`d`)"; "HASH" + "`id`" -> "HASH (`id`)". */
    private static String method(String method, String expression) {
        String expr = expression == null ? "" : expression;
        return method.endsWith("COLUMNS") ? method + "(" + expr + ")" : method + " (" + expr + ")";
    }

    /** HASH/KEY partitions named p0..pN-1 without options were declared as "PARTITIONS N". */
    private static boolean isDefaultHashLayout(Row first, Map<String, List<Row>> partitions) {
        if (!(first.method().endsWith("HASH") || first.method().endsWith("KEY")) || first.subMethod() != null) {
            return false;
        }
        int i = 0;
        for (Map.Entry<String, List<Row>> e : partitions.entrySet()) {
            String comment = e.getValue().get(0).comment();
            if (!e.getKey().equals("p" + i++) || (comment != null && !comment.isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Subpartitions named {partition}sp0..spN-1, the same number in every partition, were declared as
     * "SUBPARTITIONS N" (the server's default names).
     */
    private static boolean hasDefaultSubpartitionNames(Map<String, List<Row>> partitions) {
        int count = partitions.values().iterator().next().size();
        for (Map.Entry<String, List<Row>> e : partitions.entrySet()) {
            if (e.getValue().size() != count) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (!(e.getKey() + "sp" + i).equals(e.getValue().get(i).subpartition())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String partition(String name, List<Row> subs, boolean listSubpartitions) {
        Row r = subs.get(0);
        StringBuilder sb = new StringBuilder("PARTITION ").append(MySqlDdl.quote(name));
        if (r.method().startsWith("RANGE")) {
            sb.append(" VALUES LESS THAN (").append(r.description()).append(')');
        } else if (r.method().startsWith("LIST")) {
            sb.append(" VALUES IN (").append(r.description()).append(')');
        }
        if (r.comment() != null && !r.comment().isEmpty()) {
            sb.append(" COMMENT = ").append(MySqlDdl.literal(r.comment()));
        }
        if (r.subpartition() != null && listSubpartitions) {
            List<String> names = new ArrayList<>();
            for (Row s : subs) {
                names.add("SUBPARTITION " + MySqlDdl.quote(s.subpartition()));
            }
            sb.append("\n (").append(String.join(",\n  ", names)).append(')');
        }
        return sb.toString();
    }
}
