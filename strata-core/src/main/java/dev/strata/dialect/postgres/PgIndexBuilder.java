package dev.strata.dialect.postgres;

import dev.strata.model.Index;
import dev.strata.model.IndexKey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects one index from the rows of the index query: the head from the first row, one key part per row. */
final class PgIndexBuilder {
    final long oid;
    final long relid;
    private final String name;
    private final boolean unique;
    private final int keyCount;
    private final String method;
    private final String where;
    private final String comment;
    private final Map<String, String> options = new TreeMap<>();
    private final List<IndexKey> keys = new ArrayList<>();
    private final List<String> include = new ArrayList<>();

    PgIndexBuilder(long oid, long relid, ResultSet first) throws SQLException {
        this.oid = oid;
        this.relid = relid;
        this.name = first.getString("relname");
        this.unique = first.getBoolean("indisunique");
        this.keyCount = first.getInt("nkeyatts");
        this.method = first.getString("amname");
        this.where = first.getString("predicate");
        this.comment = first.getString("description");
        String[] with = PgCatalog.strings(first, "reloptions");
        if (with != null) {
            options.put("with", String.join(", ", with));
        }
        put("tablespace", first.getString("spcname"));
        put("attached_to", first.getString("parent_index"));
        if (first.getBoolean("nulls_not_distinct")) {
            options.put("nulls_not_distinct", "true");
        }
        if (first.getBoolean("indisclustered")) {
            options.put("clustered", "true");
        }
    }

    private void put(String key, String value) {
        if (value != null) {
            options.put(key, value);
        }
    }

    /** Adds the key part of one row: a column (attnum > 0) or an expression, or an INCLUDE column. */
    void key(ResultSet rs) throws SQLException {
        String def = rs.getString("key_def");
        boolean expression = rs.getInt("attnum") == 0;
        if (rs.getInt("pos") > keyCount) {
            include.add(def);
            return;
        }
        int flags = rs.getInt("flags");
        boolean desc = (flags & 1) != 0;
        boolean nullsFirst = (flags & 2) != 0;
        String nulls = desc == nullsFirst ? null : nullsFirst ? "FIRST" : "LAST";
        keys.add(new IndexKey(expression ? null : def, expression ? def : null, desc, nulls,
                rs.getString("opclass"), rs.getString("collation"), null));
    }

    Index index() {
        return new Index(name, unique, keys, include, where, method, comment, options, null);
    }
}
