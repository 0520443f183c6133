package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.lint.LintFinding;
import dev.strata.lint.LintReport;
import dev.strata.lint.LintRule;
import dev.strata.lint.LintSql;
import dev.strata.sql.SplitRules;
import dev.strata.sql.SqlStatement;
import dev.strata.sql.StatementSplitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a dialect's rules to the upgrade sections of revisions. A statement on a table created earlier in the same
 * section is not checked (the table is empty, nothing waits on it). A rule is silenced for one statement by
 * {@code -- strata:lint-ignore rule-id[,rule-id] (reason)} in the comment lines right above it, and for the whole
 * file by {@code -- strata:lint-ignore-file rule-id[,rule-id]} anywhere in it.
 */
public final class Linter {
    private static final Pattern IGNORE = Pattern.compile("--\\s*strata:lint-ignore\\s+([\\w,\\s-]+?)\\s*(?:\\(.*)?");
    private static final Pattern IGNORE_FILE = Pattern.compile(
            "(?m)^\\s*--\\s*strata:lint-ignore-file\\s+([\\w,\\s-]+?)\\s*(?:\\(.*)?$");

    private final String dialect;
    private final SplitRules splitRules;
    private final List<LintRule> rules;

    public Linter(String dialect, SplitRules splitRules, List<LintRule> rules) {
        this.dialect = dialect;
        this.splitRules = splitRules;
        this.rules = List.copyOf(rules);
    }

    public LintReport lint(List<Revision> revisions) {
        List<LintFinding> findings = new ArrayList<>();
        for (Revision r : revisions) {
            r.upgradeFor(dialect).ifPresent(section -> findings.addAll(lint(r, section)));
        }
        return new LintReport(dialect, revisions.size(), rules, findings);
    }

    private List<LintFinding> lint(Revision revision, Section section) {
        String[] lines = section.sql().split("\n", -1);
        Set<String> ignoredInFile = ids(IGNORE_FILE.matcher(wholeFile(revision, section)));
        List<String> earlier = new ArrayList<>();
        Set<String> createdTables = new HashSet<>();
        List<LintFinding> out = new ArrayList<>();
        for (SqlStatement s : new StatementSplitter(splitRules).split(section.sql(), section.firstLine())) {
            String sql = LintSql.normalize(s.sql(), splitRules.hashComments());
            boolean onNewTable = LintSql.targetTable(sql).filter(createdTables::contains).isPresent();
            Set<String> ignored = ignoredAbove(lines, s.line() - section.firstLine());
            for (LintRule rule : rules) {
                if (!onNewTable && !ignoredInFile.contains(rule.id()) && !ignored.contains(rule.id())
                        && rule.matcher().breaks(sql, earlier)) {
                    out.add(new LintFinding(revision.displayFile(), s.line(), revision.id(), rule, s.sql()));
                }
            }
            LintSql.createdTable(sql).ifPresent(createdTables::add);
            earlier.add(sql);
        }
        return out;
    }

    /** The file's text, where a file-level ignore may stand in the header; the section's for one in memory. */
    private static String wholeFile(Revision revision, Section section) {
        try {
            return revision.file() == null || !Files.isRegularFile(revision.file()) ? section.sql()
                    : Files.readString(revision.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot read " + revision.file() + ": " + e.getMessage());
        }
    }

    /** The rule ids of the ignore comments in the block of comment lines right above line {@code index}. */
    private static Set<String> ignoredAbove(String[] lines, int index) {
        Set<String> ids = new HashSet<>();
        for (int i = index - 1; i >= 0 && lines[i].strip().startsWith("--"); i--) {
            Matcher m = IGNORE.matcher(lines[i].strip());
            if (m.matches()) {
                ids.addAll(split(m.group(1)));
            }
        }
        return ids;
    }

    private static Set<String> ids(Matcher m) {
        Set<String> ids = new HashSet<>();
        while (m.find()) {
            ids.addAll(split(m.group(1)));
        }
        return ids;
    }

    private static List<String> split(String ids) {
        return Arrays.stream(ids.split("[,\\s]+")).filter(id -> !id.isEmpty()).toList();
    }
}
