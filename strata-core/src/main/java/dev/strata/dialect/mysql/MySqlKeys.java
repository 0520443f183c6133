package dev.strata.dialect.mysql;

import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Primary keys and indexes of a schema, collected from the rows of STATISTICS in the server's key order. MySQL
 * unique keys are indexes, so they become unique {@link Index}es; the PRIMARY key becomes the {@link PrimaryKey}.
 */
final class MySqlKeys {
    /** One key while its rows are read. */
    private static final class Key {
        final String name;
        final boolean unique;
        final String type;
        final String comment;
        final boolean ignored;
        final int position;
        final List<IndexKey> parts = new ArrayList<>();

        Key(String name, boolean unique, String type, String comment, boolean ignored, int position) {
            this.name = name;
            this.unique = unique;
            this.type = type;
            this.comment = comment;
            this.ignored = ignored;
            this.position = position;
        }
    }

    private final Map<String, Map<String, Key>> byTable = new HashMap<>();

    /** Adds a row of {@link MySqlInspector#STATISTICS_MARIADB}. */
    void add(ResultSet rs) throws SQLException {
        Map<String, Key> keys = byTable.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>());
        String name = rs.getString(2);
        Key key = keys.get(name);
        if (key == null) {
            String comment = rs.getString(8);
            key = new Key(name, rs.getInt(3) == 0, rs.getString(7), comment == null || comment.isEmpty() ? null
                    : comment, "YES".equals(rs.getString(9)), keys.size() + 1);
            keys.put(name, key);
        }
        int subPart = rs.getInt(5);
        // SPATIAL keys report SUB_PART 32 (the MBR size), which is not a prefix the DDL may repeat.
        Integer length = rs.wasNull() || "SPATIAL".equals(key.type) ? null : subPart;
        // MySQL 8 functional key parts have no column but an EXPRESSION; MariaDB has none.
        key.parts.add(new IndexKey(rs.getString(4), rs.getString(10), "D".equals(rs.getString(6)), null, null, null,
                length));
    }

    PrimaryKey primaryKey(String table) {
        Key key = byTable.getOrDefault(table, Map.of()).get("PRIMARY");
        if (key == null) {
            return null;
        }
        List<String> columns = key.parts.stream().map(IndexKey::column).toList();
        boolean plain = key.parts.stream().allMatch(p -> p.length() == null && !p.descending());
        Map<String, String> options = new TreeMap<>();
        if (!plain) {
            options.put("key_parts", String.join(",", key.parts.stream().map(MySqlDdl::keyPart).toList()));
        }
        return new PrimaryKey("PRIMARY", columns, key.comment, options);
    }

    List<Index> indexes(String table) {
        List<Index> indexes = new ArrayList<>();
        for (Key key : byTable.getOrDefault(table, Map.of()).values()) {
            if (key.name.equals("PRIMARY")) {
                continue;
            }
            Map<String, String> options = new TreeMap<>();
            options.put(MySqlDdl.POSITION, String.valueOf(key.position));
            if (key.ignored) {
                options.put("ignored", "true");
            }
            indexes.add(new Index(key.name, key.unique, key.parts, List.of(), null, key.type, key.comment, options,
                    null));
        }
        return indexes;
    }
}
