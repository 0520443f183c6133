package dev.strata.api.migrate;

import dev.strata.dialect.Dialect;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.lint.LintReport;
import dev.strata.migrate.Linter;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionFile;
import dev.strata.migrate.RevisionGraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code strata lint}: which revisions to check (all of them, or those named by id, prefix, {@code head} or file
 * path) and the dialect's rules applied to their upgrade sections.
 */
public final class RevisionLint {
    private RevisionLint() {
    }

    /** Lints {@code references} (none: every revision of the graph, in graph order) with {@code dialect}'s rules. */
    public static LintReport run(Dialect dialect, Supplier<RevisionGraph> graph, List<String> references) {
        Linter linter = new Linter(dialect.name(), dialect.splitRules(), dialect.lintRules());
        return linter.lint(references.isEmpty() ? graph.get().revisions() : selected(graph, references));
    }

    private static List<Revision> selected(Supplier<RevisionGraph> graph, List<String> references) {
        List<Revision> out = new ArrayList<>();
        for (String ref : references) {
            Path file = Path.of(ref);
            if (ref.endsWith(".sql") && Files.isRegularFile(file)) {
                out.add(read(file));
            } else {
                RevisionGraph g = graph.get();
                out.add(g.get(ref.equals("head") ? g.singleHead() : g.resolve(ref)));
            }
        }
        return out;
    }

    private static Revision read(Path file) {
        try {
            return RevisionFile.parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
