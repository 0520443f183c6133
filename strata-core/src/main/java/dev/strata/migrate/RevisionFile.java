package dev.strata.migrate;

import dev.strata.dialect.MigrationSupport;
import dev.strata.model.QualifiedName;
import dev.strata.plan.NotNullChange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the revision file format: a header of {@code -- key: value} lines, then
 * {@code -- +upgrade [dialect]} and {@code -- +downgrade [dialect]} sections of plain SQL.
 */
public final class RevisionFile {
    private static final Pattern HEADER = Pattern.compile("--\\s*([A-Za-z_]+)\\s*:(.*)");
    private static final Pattern MARKER = Pattern.compile("--\\s*\\+(\\S+)(?:\\s+(\\S+))?\\s*");
    private static final Pattern DIALECT = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PARENT_SEPARATOR = Pattern.compile("[\\s,]+");
    private static final List<String> KEYS = List.of("revision", "parents", "message", "created");
    /** A header key that may repeat; older strata reads it as a comment, so files stay readable both ways. */
    private static final String REQUIRES = "requires";
    private static final Pattern NO_NULLS = Pattern.compile("no nulls in (\\S+)\\.([^.\\s]+)(?:\\s+default\\s+(.+))?");

    private RevisionFile() {
    }

    /** Parses a revision file; every problem is a {@link MalformedRevision} naming the file and the line. */
    public static Revision parse(Path file, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Map<String, String> header = new LinkedHashMap<>();
        List<NotNullChange> requires = new ArrayList<>();
        List<Section> upgrade = new ArrayList<>();
        List<Section> downgrade = new ArrayList<>();
        int i = readHeader(file, lines, header, requires);
        readSections(file, lines, i, upgrade, downgrade);
        return build(file, header, upgrade, downgrade, Checksums.of(text), requires);
    }

    private static int readHeader(Path file, String[] lines, Map<String, String> header,
                                  List<NotNullChange> requires) {
        int i = 0;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (isMarker(line)) {
                return i;
            }
            Matcher h = HEADER.matcher(line);
            if (h.matches() && h.group(1).toLowerCase(Locale.ROOT).equals(REQUIRES)) {
                requires.add(requirement(file, i + 1, h.group(2).strip()));
            } else if (h.matches() && KEYS.contains(h.group(1).toLowerCase(Locale.ROOT))) {
                String key = h.group(1).toLowerCase(Locale.ROOT);
                if (header.put(key, h.group(2).strip()) != null) {
                    throw new MalformedRevision(file, i + 1, "'" + key + ":' appears twice in the header");
                }
            } else if (!line.isEmpty() && !line.startsWith("--")) {
                throw new MalformedRevision(file, i + 1, "SQL before the first '-- +upgrade' line: put it "
                        + "in an '-- +upgrade' section");
            }
        }
        return i;
    }

    private static NotNullChange requirement(Path file, int line, String value) {
        Matcher m = NO_NULLS.matcher(value);
        if (!m.matches()) {
            throw new MalformedRevision(file, line, "'-- requires: " + value + "' is not understood: write "
                    + "'-- requires: no nulls in TABLE.COLUMN' (optionally followed by 'default EXPRESSION')");
        }
        String[] table = m.group(1).split("\\.", 2);
        QualifiedName name = table.length == 2 ? QualifiedName.of(table[0], table[1])
                : QualifiedName.of(null, table[0]);
        return new NotNullChange(name, m.group(2), m.group(3) == null ? null : m.group(3).strip());
    }

    /** The header line that records a NOT NULL change, read back by {@link #parse}. */
    static String requiresLine(NotNullChange c) {
        return "-- " + REQUIRES + ": no nulls in " + c.table() + "." + c.column()
                + (c.defaultValue() == null ? "" : " default " + c.defaultValue().replace('\n', ' '));
    }

    private static void readSections(Path file, String[] lines, int start, List<Section> upgrade,
                                      List<Section> downgrade) {
        int i = start;
        while (i < lines.length) {
            Matcher m = MARKER.matcher(lines[i].strip());
            if (!m.matches()) {
                throw new IllegalStateException("section scan out of step at line " + (i + 1));
            }
            String kind = m.group(1).toLowerCase(Locale.ROOT);
            String dialect = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            List<Section> target = switch (kind) {
                case "upgrade" -> upgrade;
                case "downgrade" -> downgrade;
                default -> throw new MalformedRevision(file, i + 1, "unknown directive '-- +" + m.group(1)
                        + "': use '-- +upgrade' or '-- +downgrade', optionally followed by a dialect name");
            };
            if (!dialect.isEmpty() && !DIALECT.matcher(dialect).matches()) {
                throw new MalformedRevision(file, i + 1, "'" + m.group(2) + "' is not a dialect name "
                        + "(e.g. postgresql, mysql, sqlite)");
            }
            if (target.stream().anyMatch(s -> s.dialect().equals(dialect))) {
                throw new MalformedRevision(file, i + 1, "a second '-- +" + kind
                        + (dialect.isEmpty() ? "" : " " + dialect) + "' section: merge it into the first one");
            }
            int end = i + 1;
            while (end < lines.length && !isMarker(lines[end])) {
                end++;
            }
            String body = String.join("\n", List.of(lines).subList(i + 1, end)).stripTrailing();
            target.add(new Section(dialect, body, i + 2));
            i = end;
        }
    }

    /** A cheap test first: most lines are SQL, and a cold JVM runs regular expressions slowly. */
    private static boolean isMarker(String line) {
        String s = line.strip();
        return s.startsWith("--") && s.substring(2).stripLeading().startsWith("+") && MARKER.matcher(s).matches();
    }

    private static Revision build(Path file, Map<String, String> header, List<Section> upgrade,
                                  List<Section> downgrade, String checksum, List<NotNullChange> requires) {
        String id = header.get("revision");
        if (id == null || id.isEmpty()) {
            throw new MalformedRevision(file, 1, "no '-- revision: ID' line in the header");
        }
        if (!RevisionIds.isValid(id)) {
            throw new MalformedRevision(file, lineOf(header, "revision"), "'" + id + "' is not a valid revision "
                    + "id: use letters, digits, '_', '.' and '-' (at most 64), not head/heads/base/current");
        }
        String parentText = header.get("parents");
        if (parentText == null) {
            throw new MalformedRevision(file, 1, "no '-- parents:' line in the header (leave it empty for the "
                    + "first revision)");
        }
        List<String> parents = new ArrayList<>();
        for (String p : PARENT_SEPARATOR.split(parentText)) {
            if (!p.isEmpty()) {
                if (!RevisionIds.isValid(p) || parents.contains(p) || p.equals(id)) {
                    throw new MalformedRevision(file, lineOf(header, "parents"), "bad parent '" + p
                            + "': parents are distinct revision ids other than the revision itself");
                }
                parents.add(p);
            }
        }
        if (upgrade.isEmpty() && downgrade.isEmpty() && parents.size() < 2) {
            throw new MalformedRevision(file, 1, "no '-- +upgrade' section: add one with the SQL to run");
        }
        return new Revision(id, parents, header.get("message"), header.get("created"), upgrade, downgrade,
                file, checksum, requires);
    }

    /** Header keys come first and in order, so the key's position is its line (good enough for messages). */
    private static int lineOf(Map<String, String> header, String key) {
        return new ArrayList<>(header.keySet()).indexOf(key) + 1;
    }

    /** The text of a new revision file; empty sections get a comment saying what belongs there. */
    public static String write(String id, List<String> parents, String message, String created, String upgradeSql,
                               String downgradeSql) {
        return write(id, parents, message, created, List.of(), upgradeSql, downgradeSql);
    }

    /** As above, with a {@code -- requires:} line for every column the upgrade makes NOT NULL. */
    public static String write(String id, List<String> parents, String message, String created,
                               List<NotNullChange> requires, String upgradeSql, String downgradeSql) {
        StringBuilder sb = new StringBuilder();
        sb.append("-- revision: ").append(id).append('\n');
        sb.append("-- parents: ").append(String.join(" ", parents)).append('\n');
        sb.append("-- message: ").append(message.replace('\n', ' ').strip()).append('\n');
        sb.append("-- created: ").append(created).append('\n');
        requires.forEach(r -> sb.append(requiresLine(r)).append('\n'));
        sb.append('\n').append("-- +upgrade\n");
        appendBody(sb, upgradeSql);
        sb.append('\n').append("-- +downgrade\n");
        appendBody(sb, downgradeSql);
        return sb.toString();
    }

    /**
     * A plan's steps as the SQL of a revision section, each statement as the database's own client reads it (on
     * MariaDB/MySQL a body with semicolons goes between DELIMITER lines), hazards, locks and costs as comments.
     */
    public static String section(List<dev.strata.plan.Step> steps, MigrationSupport support) {
        StringBuilder sb = new StringBuilder();
        for (dev.strata.plan.Step s : steps) {
            if (s.hazard() != null) {
                sb.append("-- DESTRUCTIVE: ").append(s.hazard()).append('\n');
            }
            if (s.cost() != null) {
                sb.append(s.cost().comment()).append('\n');
            }
            sb.append(support.offlineStatement(s.sql())).append('\n');
        }
        return sb.toString();
    }

    private static void appendBody(StringBuilder sb, String sql) {
        if (sql != null && !sql.isBlank()) {
            sb.append(sql.strip()).append('\n');
        }
    }
}
