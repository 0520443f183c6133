package dev.strata.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three-way merge of a Java source (an entity, an id class, a DTO record) member by member: imports merge as
 * sets; type annotations, {@code implements}, fields, methods, constructors and nested types are matched by identity
 * (a field by name, or by the column it keeps when the user renamed it; a method by name and parameter types); a
 * member one side changed takes that side, both changed are merged per annotation and attribute, what the user
 * added stays where they put it, what the generator added goes after its generated neighbours, what the generator
 * dropped goes unless the user changed it. Only a member (or the part of a type's declaration) both changed
 * differently becomes a conflict, marked alone. Text no edit touches stays byte for byte. A side that does not
 * parse makes it the line merge of {@link ThreeWayMerge}, and the outcome says why.
 *
 * <p>The merge reads the three trees but writes by splicing text at the parsed positions rather than printing a
 * changed tree with JavaParser's LexicalPreservingPrinter: a splice copies the new generation's text of a member
 * exactly, and cannot reformat what it does not touch, which the printer does not promise for inserted nodes.
 */
public final class JavaMerge {
    private JavaMerge() {
    }

    /** A conflict: the line of its {@code <<<<<<<} marker in the merged text, and what it is about. */
    public record Conflict(int line, String what) {
    }

    /**
     * The merged text; the conflicts, in file order; and when the file was merged line by line, why.
     */
    public record Outcome(String text, List<Conflict> conflicts, Optional<String> lineMerged) {
        public Outcome {
            conflicts = List.copyOf(conflicts);
        }

        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }
    }

    /** Merges {@code theirs}' changes since {@code base} into {@code ours}. */
    public static Outcome merge(String base, String ours, String theirs) {
        if (theirs.equals(base) || ours.equals(theirs)) {
            return new Outcome(ours, List.of(), Optional.empty());   // nothing to bring in: the user's file as is
        }
        if (ours.equals(base)) {
            return new Outcome(theirs, List.of(), Optional.empty());
        }
        List<ParsedJava> parsed = new ArrayList<>();
        List<String> names = List.of("the last generation", "your file", "the new generation");
        List<String> texts = List.of(base, ours, theirs);
        for (int i = 0; i < texts.size(); i++) {
            try {
                parsed.add(ParsedJava.parse(texts.get(i)));
            } catch (ParsedJava.NotJava e) {
                return lineMerge(base, ours, theirs, names.get(i) + " does not parse as Java (" + e.getMessage() + ")");
            }
        }
        try {
            return JavaTreeMerge.merge(new JavaSides(parsed.get(0), parsed.get(1), parsed.get(2)));
        } catch (RuntimeException e) {
            // a construct the member merge does not handle must not cost the user's file: git's merge still works
            return lineMerge(base, ours, theirs, "the member merge cannot handle it (" + e + ")");
        }
    }

    private static Outcome lineMerge(String base, String ours, String theirs, String why) {
        ThreeWayMerge.Outcome lines = ThreeWayMerge.merge(base, ours, theirs);
        List<Conflict> conflicts = new ArrayList<>();
        if (lines.conflicts()) {
            markerLines(lines.text()).forEach(l -> conflicts.add(new Conflict(l, "lines changed by you and by strata")));
        }
        return new Outcome(lines.text(), conflicts, Optional.of(why));
    }

    /** The 1-based lines where a {@code <<<<<<<} conflict marker starts. */
    static List<Integer> markerLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int start = 0;
        while (start < text.length()) {
            if (text.startsWith(JavaTreeMerge.OURS_MARKER, start)) {
                lines.add(line);
            }
            int next = text.indexOf('\n', start);
            if (next < 0) {
                break;
            }
            start = next + 1;
            line++;
        }
        return lines;
    }
}
