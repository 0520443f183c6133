package dev.strata.dialect.mysql;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.model.Column;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.OptionKeys;
import dev.strata.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table whose default character set or collation changes: {@code ALTER TABLE ... DEFAULT CHARSET=} alone changes
 * only the default, so the columns that follow it (and whose effective collation, as information_schema.COLUMNS
 * reports it, therefore changes) are converted in the same statement. {@code CONVERT TO CHARACTER SET} when every
 * textual column follows the default and none is a TEXT type that it would widen (MariaDB turns TEXT into
 * MEDIUMTEXT when the new character set needs more bytes, https://mariadb.com/kb/en/alter-table/#convert-to-character-set);
 * otherwise one MODIFY per converted column, with its declared type. Either rewrites the table.
 */
final class MySqlCharsetConversion {
    private static final Pattern TEXTUAL = Pattern.compile("(?i)^(var)?char\\b.*|^(tiny|medium|long)?text\\b.*"
            + "|^enum\\(.*|^set\\(.*");
    private static final Pattern TEXT_TYPE = Pattern.compile("(?i)^(tiny|medium)?text\\b.*");
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");
    /** Character sets that hold every Unicode character; utf8mb3 and ucs2 hold the Basic Multilingual Plane. */
    private static final Set<String> FULL_UNICODE = Set.of("utf8mb4", "utf16", "utf16le", "utf32", "gb18030");
    private static final Set<String> BMP = Set.of("utf8mb3", "utf8", "ucs2");
    private static final Map<String, Integer> MAX_BYTES = Map.of("utf8mb4", 4, "utf16", 4, "utf16le", 4, "utf32", 4,
            "gb18030", 4, "utf8mb3", 3, "utf8", 3, "ucs2", 2, "ujis", 3, "eucjpms", 3);
    private static final Set<String> TWO_BYTES = Set.of("big5", "gbk", "sjis", "cp932", "euckr", "gb2312");

    private final Table before;
    private final Table after;
    private final String oldCollation;
    private final String newCollation;

    private MySqlCharsetConversion(Table before, Table after, String oldCollation, String newCollation) {
        this.before = before;
        this.after = after;
        this.oldCollation = oldCollation;
        this.newCollation = newCollation;
    }

    /** The conversion of a table whose default collation changes, or null when it does not change. */
    static MySqlCharsetConversion of(Table before, Table after) {
        if (before == null || after == null) {
            return null;
        }
        String oldCollation = before.options().get(OptionKeys.COLLATION);
        String newCollation = after.options().get(OptionKeys.COLLATION);
        if (oldCollation == null || newCollation == null || oldCollation.equals(newCollation)) {
            return null;
        }
        return new MySqlCharsetConversion(before, after, oldCollation, newCollation);
    }

    /** The columns of the target that follow the new default and whose effective collation changes. */
    List<Column> converted() {
        List<Column> out = new ArrayList<>();
        for (Column c : after.columns()) {
            if (c.collation() != null || !textual(c)) {
                continue;
            }
            String was = before.column(c.name()).map(b -> b.collation() != null ? b.collation() : oldCollation)
                    .orElse(null);
            if (was != null && !was.equals(newCollation)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The clauses before the table options: CONVERT TO, or one MODIFY COLUMN per converted column. */
    String clauses() {
        List<Column> columns = converted();
        if (columns.isEmpty()) {
            return "";
        }
        refuseKeysOverTheLimit(columns);
        if (canConvertWhole()) {
            return "CONVERT TO CHARACTER SET " + charset(newCollation) + " COLLATE " + newCollation + ",";
        }
        List<String> modifies = new ArrayList<>();
        for (Column c : columns) {
            modifies.add("MODIFY COLUMN " + MySqlDdl.columnDefinition(explicit(c), after));
        }
        return String.join(", ", modifies) + ",";
    }

    /** What the conversion may lose, or null: characters the new character set cannot hold. */
    String hazard() {
        List<Column> columns = converted();
        if (columns.isEmpty()) {
            return null;
        }
        List<String> lossy = new ArrayList<>();
        for (Column c : columns) {
            String was = charset(before.column(c.name()).map(Column::collation).orElse(null) == null ? oldCollation
                    : before.column(c.name()).get().collation());
            if (!holdsAll(was, charset(newCollation))) {
                lossy.add(c.name() + " (" + was + ")");
            }
        }
        String rewrite = "rewrites table " + after.name() + " to convert " + String.join(", ",
                columns.stream().map(Column::name).toList()) + " to " + newCollation;
        return lossy.isEmpty() ? null : rewrite + "; converting " + String.join(", ", lossy) + " to "
                + charset(newCollation) + " loses the characters it cannot hold (strict mode fails on such rows)";
    }

    /** A short note for the statement: the table is rewritten. */
    String rewriteNote() {
        List<Column> columns = converted();
        return columns.isEmpty() ? "" : " /* table rewrite: " + columns.size() + " column(s) converted to "
                + newCollation + " */";
    }

    private boolean canConvertWhole() {
        boolean widens = maxBytes(charset(newCollation)) > maxBytes(charset(oldCollation));
        for (Table t : List.of(before, after)) {
            for (Column c : t.columns()) {
                if (textual(c) && (c.collation() != null || widens && TEXT_TYPE.matcher(c.type()).matches())) {
                    return false;
                }
            }
        }
        return true;
    }

    private Column explicit(Column c) {
        Map<String, String> options = new TreeMap<>(c.options());
        options.put("charset", charset(newCollation));
        return new Column(c.name(), c.type(), c.normalizedType(), c.nullable(), c.defaultValue(), c.identity(),
                c.generated(), newCollation, c.comment(), options);
    }

    /**
     * InnoDB's key limit: 3072 bytes, 767 with ROW_FORMAT=COMPACT or REDUNDANT
     * (https://mariadb.com/kb/en/innodb-limitations/). A key that fitted before and would not after is refused
     * here, before anything runs, rather than failing halfway through the plan.
     */
    private void refuseKeysOverTheLimit(List<Column> columns) {
        String rowFormat = after.options().getOrDefault(OptionKeys.ROW_FORMAT, "DYNAMIC").toUpperCase(Locale.ROOT);
        int limit = rowFormat.equals("COMPACT") || rowFormat.equals("REDUNDANT") ? 767 : 3072;
        List<String> names = columns.stream().map(Column::name).toList();
        List<Index> keys = new ArrayList<>(after.indexes());
        if (after.primaryKey() != null) {
            keys.add(new Index("PRIMARY", true, after.primaryKey().columns().stream().map(IndexKey::column).toList(),
                    List.of(), null, "BTREE", null, Map.of(), null));
        }
        for (Index index : keys) {
            int bytes = 0;
            for (IndexKey k : index.keys()) {
                Column c = k.column() == null ? null : after.column(k.column()).orElse(null);
                if (c != null && textual(c)) {
                    int chars = k.length() != null ? k.length() : declaredLength(c);
                    bytes += chars * maxBytes(names.contains(c.name()) ? charset(newCollation)
                            : charset(Objects.requireNonNullElse(c.collation(), newCollation)));
                }
            }
            if (bytes > limit) {
                throw new StrataException(ExitCode.VALIDATION, "cannot convert table " + after.name().name()
                        + " to " + charset(newCollation) + ": key " + index.name() + " would need " + bytes
                        + " bytes, more than InnoDB's limit of " + limit + " (ROW_FORMAT=" + rowFormat
                        + "). Index a prefix of the column (e.g. `" + index.keys().get(0).column()
                        + "`(191)) or shorten it in the target schema, then diff again.");
            }
        }
    }

    static boolean textual(Column c) {
        return TEXTUAL.matcher(c.type()).matches();
    }

    private static int declaredLength(Column c) {
        Matcher m = LENGTH.matcher(c.type());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** The character set is the prefix of the collation's name in MariaDB 10.11 and MySQL. */
    static String charset(String collation) {
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    private static int maxBytes(String charset) {
        return MAX_BYTES.getOrDefault(charset, TWO_BYTES.contains(charset) ? 2 : 1);
    }

    private static boolean holdsAll(String from, String to) {
        return from.equals(to) || FULL_UNICODE.contains(to) || from.equals("ascii")
                || BMP.contains(to) && !FULL_UNICODE.contains(from);
    }
}
