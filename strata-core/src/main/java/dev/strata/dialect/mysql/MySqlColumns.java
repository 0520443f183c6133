package dev.strata.dialect.mysql;

import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.Generated;
import dev.strata.model.Identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds a {@link Column} from a row of {@link MySqlInspector#COLUMNS}. */
final class MySqlColumns {
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)on update (\\S+)");

    private MySqlColumns() {
    }

    /**
     * MariaDB (10.2.7+) reports COLUMN_DEFAULT as an expression: literals quoted, functions bare, so it is kept as
     * is and re-renders identically (https://mariadb.com/kb/en/information-schema-columns-table/). MySQL reports
     * literals unquoted and marks expressions DEFAULT_GENERATED, so its literals are quoted here.
     */
    static Column column(ResultSet rs, MySqlSchemaReader.TableRow table, boolean mariaDb,
                         List<MySqlSchemaReader.CheckRow> checks) throws SQLException {
        String name = rs.getString(2);
        String type = rs.getString(3);
        String extra = rs.getString(6) == null ? "" : rs.getString(6);
        String lowerExtra = extra.toLowerCase(Locale.ROOT);
        String defaultValue = mariaDb ? rs.getString(5) : mySqlDefault(rs.getString(5), lowerExtra);
        Generated generated = lowerExtra.contains("generated") && !lowerExtra.contains("default_generated")
                ? new Generated(rs.getString(7), lowerExtra.contains("stored")) : null;
        Map<String, String> options = new TreeMap<>();
        Matcher onUpdate = ON_UPDATE.matcher(extra);
        if (onUpdate.find()) {
            options.put("on_update", onUpdate.group(1));
        }
        if (lowerExtra.contains("invisible")) {
            options.put("invisible", "true");
        }
        String collation = rs.getString(9);
        if (collation != null && table.isTable() && !collation.equals(table.collation())) {
            options.put("charset", rs.getString(8));
        } else {
            collation = table.isTable() ? null : collation;
        }
        DataType normalized = MySqlTypes.normalize(type);
        for (MySqlSchemaReader.CheckRow check : checks) {
            if (check.columnLevel() && check.name().equals(name)) {
                options.put(MySqlDdl.COLUMN_CHECK, "true");
                if (isJsonCheck(check.clause(), name)) {
                    normalized = DataType.of(DataType.Kind.JSON);
                }
            }
        }
        String comment = rs.getString(10);
        return new Column(name, type, normalized, "YES".equals(rs.getString(4)), generated == null ? defaultValue
                : null, lowerExtra.contains("auto_increment") ? Identity.of(Identity.Kind.AUTO_INCREMENT) : null,
                generated, collation, comment == null || comment.isEmpty() ? null : comment, options);
    }

    /** MariaDB's json alias: longtext with CHECK (json_valid(`col`)) (https://mariadb.com/kb/en/json-data-type/). */
    static boolean isJsonCheck(String clause, String column) {
        return clause.equals("json_valid(" + MySqlDdl.quote(column) + ")");
    }

    private static String mySqlDefault(String value, String lowerExtra) {
        if (value == null || lowerExtra.contains("default_generated")) {
            return value;
        }
        return MySqlDdl.literal(value);
    }
}
