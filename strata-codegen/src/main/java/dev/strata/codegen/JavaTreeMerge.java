package dev.strata.codegen;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The member-level merge of three parsed versions of one Java file, written as edits of the user's text so that
 * whatever no edit touches stays byte for byte. Members (fields, methods, constructors, nested types, top-level
 * types) are matched by {@link MemberKeys}; a member only the generator changed is replaced by its new text, one
 * both changed is merged by parts ({@link MemberMerge}, {@link TypeHeaderMerge}) or marked as a conflict, alone.
 */
final class JavaTreeMerge {
    static final String OURS_MARKER = "<<<<<<< " + ThreeWayMerge.OURS_LABEL;
    private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^\\s*import\\s[^;]*;");

    private final JavaSides sides;
    private final MemberMerge members;
    private final TypeHeaderMerge headers;
    private final Splice splice;
    private final List<Marked> conflicts = new ArrayList<>();
    private final String eol;

    /** A conflict at an offset of the user's text, described for the user. */
    private record Marked(int offset, String what) {
    }

    private JavaTreeMerge(JavaSides sides) {
        this.sides = sides;
        this.members = new MemberMerge(sides);
        this.headers = new TypeHeaderMerge(sides);
        this.splice = new Splice(sides.ours().text);
        this.eol = sides.ours().eol();
    }

    /** The merged text and its conflicts with their lines in that text. */
    static JavaMerge.Outcome merge(JavaSides sides) {
        return new JavaTreeMerge(sides).run();
    }

    private JavaMerge.Outcome run() {
        packageDeclaration();
        List<TypeDeclaration<?>> oursTypes = sides.ours().unit.getTypes();
        int typesStart = oursTypes.isEmpty() ? sides.ours().text.length()
                : sides.ours().lineSpan(oursTypes.get(0)).begin();
        int theirsTypesStart = sides.theirs().unit.getTypes().isEmpty() ? sides.theirs().text.length()
                : sides.theirs().lineSpan(sides.theirs().unit.getTypes().get(0)).begin();
        body(new ArrayList<>(sides.base().unit.getTypes()), new ArrayList<>(oursTypes),
                new ArrayList<>(sides.theirs().unit.getTypes()), typesStart, theirsTypesStart);
        imports(splice.apply());
        String text = splice.apply();
        return new JavaMerge.Outcome(text, located(text), Optional.empty());
    }

    private void packageDeclaration() {
        var base = sides.base().unit.getPackageDeclaration();
        var ours = sides.ours().unit.getPackageDeclaration();
        var theirs = sides.theirs().unit.getPackageDeclaration();
        if (base.isPresent() && ours.isPresent() && theirs.isPresent() && sides.same(base.get(), ours.get())
                && !sides.same(base.get(), theirs.get())) {
            sides.replaceWithTheirs(ours.get(), theirs.get()).applyTo(splice);
        }
    }

    /**
     * Merges the members of one type body (or the top-level types of the file); {@code bodyStart} is where a
     * member goes that the generator puts first, in each text.
     */
    void body(List<? extends BodyDeclaration<?>> base, List<? extends BodyDeclaration<?>> ours,
              List<? extends BodyDeclaration<?>> theirs, int bodyStart, int theirsBodyStart) {
        Map<Node, String> keys = MemberKeys.keys(base, ours, theirs);
        Map<Node, Integer> gapStarts = gapStarts(theirs, theirsBodyStart);
        int floor = bodyStart;
        for (SequenceMerge.Step<BodyDeclaration<?>> step : SequenceMerge.<BodyDeclaration<?>>merge(
                List.copyOf(base), List.copyOf(ours), List.copyOf(theirs), keys::get, sides::same)) {
            if (step.kind() == SequenceMerge.Kind.INSERT) {
                insert(step.ours(), step.theirs(), bodyStart, gapStarts);
                continue;
            }
            ParsedJava.Span span = sides.ours().lineSpan(step.ours());
            member(step, span, floor);
            floor = span.end();
        }
    }

    private void member(SequenceMerge.Step<BodyDeclaration<?>> step, ParsedJava.Span span, int floor) {
        ParsedJava ours = sides.ours();
        switch (step.kind()) {
            case KEEP:
                break;
            case TAKE_THEIRS:
                splice.replace(span.begin(), span.end(), sides.theirs().lineSpanText(step.theirs()));
                break;
            case REMOVE:
                splice.delete(ours.blankLinesAbove(span.begin(), floor), span.end());
                break;
            case REMOVED_BUT_CHANGED:
                conflict(span, step.ours(), "", "the database no longer has it, and you changed it");
                break;
            default:
                bothChanged(step, span);
        }
    }

    private void bothChanged(SequenceMerge.Step<BodyDeclaration<?>> step, ParsedJava.Span span) {
        if (step.base() != null && step.ours() instanceof TypeDeclaration<?> mine
                && step.theirs() instanceof TypeDeclaration<?> generated
                && step.base() instanceof TypeDeclaration<?> last) {
            type(last, mine, generated);
            return;
        }
        Optional<List<Replacement>> edits = step.ours() instanceof TypeDeclaration<?> ? Optional.empty()
                : members.merge(step.base(), step.ours(), step.theirs());
        if (edits.isPresent()) {
            edits.get().forEach(this::apply);
        } else {
            conflict(span, step.ours(), sides.theirs().lineSpanText(step.theirs()),
                    step.base() == null ? "you and strata both added it, differently"
                            : "you and strata both changed it, differently");
        }
    }

    /** A type both sides changed: its header by parts, its body member by member. */
    private void type(TypeDeclaration<?> base, TypeDeclaration<?> ours, TypeDeclaration<?> theirs) {
        TypeHeaderMerge.Header mine = headers.header(ours, sides.ours());
        TypeHeaderMerge.Header generated = headers.header(theirs, sides.theirs());
        Optional<List<Replacement>> headerEdits = headers.merge(base, ours, theirs);
        if (headerEdits.isPresent()) {
            headerEdits.get().forEach(this::apply);
        } else {
            ParsedJava.Span span = new ParsedJava.Span(sides.ours().lineSpan(ours).begin(), mine.bodyStart());
            String theirsText = sides.theirs().text.substring(sides.theirs().lineSpan(theirs).begin(),
                    generated.bodyStart());
            conflict(span, ours, theirsText, "you and strata both changed its declaration, differently");
        }
        if (ours instanceof EnumDeclaration mineEnum) {
            enumConstants((EnumDeclaration) base, mineEnum, (EnumDeclaration) theirs);
        }
        body(base.getMembers(), ours.getMembers(), theirs.getMembers(), mine.bodyStart(), generated.bodyStart());
    }

    /**
     * An enum's constants (a database enum's values) as one part: the side that changed them, or a conflict around
     * them when both did.
     */
    private void enumConstants(EnumDeclaration base, EnumDeclaration ours, EnumDeclaration theirs) {
        if (sides.sameAll(ours.getEntries(), theirs.getEntries()) || sides.sameAll(base.getEntries(), theirs.getEntries())) {
            return;
        }
        if (ours.getEntries().isEmpty() || theirs.getEntries().isEmpty()) {
            throw new IllegalStateException("enum " + ours.getNameAsString() + " gained or lost all its constants");
        }
        int begin = sides.ours().begin(ours.getEntries().get(0));
        int end = sides.ours().end(ours.getEntries().getLast().orElseThrow());
        String generated = sides.theirs().text.substring(sides.theirs().begin(theirs.getEntries().get(0)),
                sides.theirs().end(theirs.getEntries().getLast().orElseThrow()));
        if (sides.sameAll(base.getEntries(), ours.getEntries())) {
            splice.replace(begin, end, generated);
            return;
        }
        int lineBegin = sides.ours().lineStart(begin);
        String indent = sides.ours().indentation(begin);
        String mine = sides.ours().text.substring(lineBegin, end);
        splice.replace(lineBegin, end, OURS_MARKER + eol + mine + eol + "=======" + eol + indent + generated + eol
                + ">>>>>>> " + ThreeWayMerge.THEIRS_LABEL + eol + indent);
        conflicts.add(new Marked(lineBegin, "constants of enum " + ours.getNameAsString()
                + ": you and strata both changed them, differently"));
    }

    private void apply(Replacement edit) {
        edit.applyTo(splice);
        if (edit.conflict() != null) {
            conflicts.add(new Marked(edit.begin(), edit.conflict()));
        }
    }

    /** A member the generator added, after its generated neighbour, separated from it as in the new generation. */
    private void insert(BodyDeclaration<?> anchor, BodyDeclaration<?> added, int bodyStart,
                        Map<Node, Integer> gapStarts) {
        ParsedJava theirs = sides.theirs();
        ParsedJava.Span span = theirs.lineSpan(added);
        String text = theirs.text.substring(span.begin(), span.end());
        if (anchor == null) {
            splice.insert(bodyStart, text + theirs.text.substring(span.end(), theirs.blankLinesBelow(span.end())));
        } else {
            String gap = theirs.text.substring(gapStarts.get(added), span.begin());
            splice.insert(sides.ours().lineSpan(anchor).end(), gap + text);
        }
    }

    /** Where the blank lines before each of the new generation's members start. */
    private Map<Node, Integer> gapStarts(List<? extends BodyDeclaration<?>> theirs, int bodyStart) {
        Map<Node, Integer> starts = new IdentityHashMap<>();
        int previousEnd = bodyStart;
        for (BodyDeclaration<?> member : theirs) {
            ParsedJava.Span span = sides.theirs().lineSpan(member);
            starts.put(member, Math.min(previousEnd, span.begin()));
            previousEnd = span.end();
        }
        return starts;
    }

    /** Imports merge as sets; one the generator dropped stays while the merged code still names it. */
    private void imports(String mergedCode) {
        String code = IMPORT_LINE.matcher(mergedCode).replaceAll("");
        List<ImportDeclaration> ours = sides.ours().unit.getImports();
        for (SequenceMerge.Step<ImportDeclaration> step : SequenceMerge.merge(sides.base().unit.getImports(), ours,
                sides.theirs().unit.getImports(), JavaTreeMerge::importKey, (a, b) -> true)) {
            if (step.kind() == SequenceMerge.Kind.REMOVE && !step.ours().isAsterisk()
                    && !Pattern.compile("\\b" + Pattern.quote(step.ours().getName().getIdentifier()) + "\\b")
                    .matcher(code).find()) {
                ParsedJava.Span span = sides.ours().lineSpan(step.ours());
                splice.delete(span.begin(), span.end());
            } else if (step.kind() == SequenceMerge.Kind.INSERT) {
                String line = sides.theirs().lineSpanText(step.theirs());
                if (step.ours() != null) {
                    splice.insert(sides.ours().lineSpan(step.ours()).end(), line);
                } else if (!ours.isEmpty()) {
                    splice.insert(sides.ours().lineSpan(ours.get(0)).begin(), line);
                } else {
                    int at = sides.ours().unit.getPackageDeclaration().map(p -> sides.ours().lineSpan(p).end())
                            .orElse(0);
                    splice.insert(at, eol + line);
                }
            }
        }
    }

    private static String importKey(ImportDeclaration i) {
        return (i.isStatic() ? "static " : "") + i.getNameAsString() + (i.isAsterisk() ? ".*" : "");
    }

    /** Markers around the user's member and the generator's, on lines of their own. */
    private void conflict(ParsedJava.Span span, Node member, String theirsText, String why) {
        String mine = sides.ours().text.substring(span.begin(), span.end());
        splice.replace(span.begin(), span.end(), OURS_MARKER + eol + lineEnded(mine) + "=======" + eol
                + lineEnded(theirsText) + ">>>>>>> " + ThreeWayMerge.THEIRS_LABEL + eol);
        conflicts.add(new Marked(span.begin(), MemberKeys.describe(member) + ": " + why));
    }

    private String lineEnded(String text) {
        return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? text : text + eol;
    }

    /** The conflicts in the order of the file, each with the line of its opening marker in the merged text. */
    private List<JavaMerge.Conflict> located(String text) {
        List<Marked> sorted = new ArrayList<>(conflicts);
        sorted.sort(Comparator.comparingInt(Marked::offset));
        List<Integer> lines = JavaMerge.markerLines(text);
        List<JavaMerge.Conflict> located = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            located.add(new JavaMerge.Conflict(i < lines.size() ? lines.get(i) : 0, sorted.get(i).what()));
        }
        return located;
    }
}
