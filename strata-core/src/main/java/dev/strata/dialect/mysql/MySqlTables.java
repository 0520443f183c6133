package dev.strata.dialect.mysql;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Table;
import dev.strata.model.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assembles a {@link Table} from the parts the schema reader collected. */
final class MySqlTables {
    private MySqlTables() {
    }

    static Table table(QualifiedName name, MySqlSchemaReader.TableRow row, List<Column> columns, MySqlKeys keys,
                       List<ForeignKey> foreignKeys, List<MySqlSchemaReader.CheckRow> checkRows, String partitionBy,
                       List<Trigger> triggers) {
        List<CheckConstraint> checks = new ArrayList<>();
        List<String> tableCheckOrder = new ArrayList<>();
        for (MySqlSchemaReader.CheckRow c : checkRows) {
            checks.add(CheckConstraint.of(c.name(), c.clause()));
            if (!c.columnLevel()) {
                tableCheckOrder.add(c.name());
            }
        }
        Map<String, String> options = options(row);
        if (!tableCheckOrder.equals(tableCheckOrder.stream().sorted().toList())) {
            // The model sorts checks by name; SHOW CREATE TABLE lists them in declaration order.
            options.put("check_order", String.join(",", tableCheckOrder));
        }
        String comment = row.comment() == null || row.comment().isEmpty() ? null : row.comment();
        return Table.named(name).withColumns(columns).withPrimaryKey(keys.primaryKey(name.name()))
                .withForeignKeys(foreignKeys).withChecks(checks).withIndexes(keys.indexes(name.name()))
                .withTriggers(triggers).withPartitionBy(partitionBy).withComment(comment).withOptions(options);
    }

    /**
     * engine, charset, collation, row_format and the remaining CREATE_OPTIONS verbatim ("partitioned" is a
     * status, not an option; the PARTITION BY clause carries it).
     */
    static Map<String, String> options(MySqlSchemaReader.TableRow row) {
        Map<String, String> options = new TreeMap<>();
        putIfPresent(options, "engine", row.engine());
        putIfPresent(options, "charset", row.charset());
        putIfPresent(options, "collation", row.collation());
        if (row.type().equals("SYSTEM VERSIONED")) {
            options.put("system_versioning", "true");
        }
        List<String> rest = new ArrayList<>();
        String createOptions = row.createOptions() == null ? "" : row.createOptions().trim();
        for (String token : createOptions.isEmpty() ? new String[0] : createOptions.split("\\s+")) {
            if (token.equals("partitioned")) {
                continue;
            }
            if (token.toLowerCase(java.util.Locale.ROOT).startsWith("row_format=")) {
                options.put("row_format", token.substring("row_format=".length()));
            } else {
                rest.add(token);
            }
        }
        if (!rest.isEmpty()) {
            options.put("create_options", String.join(" ", rest));
        }
        return options;
    }

    private static void putIfPresent(Map<String, String> options, String key, String value) {
        if (value != null && !value.isEmpty()) {
            options.put(key, value);
        }
    }
}
