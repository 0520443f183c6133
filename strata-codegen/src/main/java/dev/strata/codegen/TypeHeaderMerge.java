package dev.strata.codegen;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges the declaration of a type both sides changed, up to its opening brace, by parts: its Javadoc, each
 * annotation, the components of a record (a DTO's fields, matched by name) and {@code implements} (a set). The
 * rest (modifiers, name, {@code extends}) is taken from the one side that changed it.
 */
final class TypeHeaderMerge {
    private final JavaSides sides;
    private final MemberMerge members;
    private final AnnotationMerge annotations;

    /** Where a type's declaration proper starts (after its annotations), its '{', and its first body line. */
    record Header(int restBegin, int openBrace, int bodyStart) {
    }

    TypeHeaderMerge(JavaSides sides) {
        this.sides = sides;
        this.members = new MemberMerge(sides);
        this.annotations = new AnnotationMerge(sides);
    }

    Header header(TypeDeclaration<?> type, ParsedJava source) {
        int depth = 0;
        int openBrace = -1;
        int nameBegin = source.begin(type.getName());
        for (JavaToken token : type.getTokenRange().orElseThrow()) {
            int at = source.offsetOf(token.getRange().orElseThrow().begin);
            if (at < nameBegin) {
                continue;
            }
            String t = token.getText();
            depth += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
            if (depth == 0 && t.equals("{")) {
                openBrace = at;
                break;
            }
        }
        int bodyStart = openBrace + 1;
        String text = source.text;
        while (bodyStart < text.length() && (text.charAt(bodyStart) == ' ' || text.charAt(bodyStart) == '\t')) {
            bodyStart++;
        }
        bodyStart += text.startsWith("\r\n", bodyStart) ? 2 : text.startsWith("\n", bodyStart) ? 1 : 0;
        return new Header(MemberMerge.restBegin(type, source), openBrace, bodyStart);
    }

    /** Edits of the user's type declaration; empty when one part was changed by both, differently. */
    Optional<List<Replacement>> merge(TypeDeclaration<?> base, TypeDeclaration<?> ours, TypeDeclaration<?> theirs) {
        if (!MemberMerge.annotationsComeFirst(base) || !MemberMerge.annotationsComeFirst(ours)
                || !MemberMerge.annotationsComeFirst(theirs)) {
            return Optional.empty();
        }
        List<Replacement> edits = new ArrayList<>();
        if (!members.comment(base, ours, theirs, edits)) {
            return Optional.empty();
        }
        Header mine = header(ours, sides.ours());
        Optional<List<Replacement>> annotationEdits = annotations.merge(base.getAnnotations(), ours.getAnnotations(),
                theirs.getAnnotations(), mine.restBegin());
        if (annotationEdits.isEmpty()) {
            return Optional.empty();
        }
        edits.addAll(annotationEdits.get());
        return declaration(base, ours, theirs, mine).map(more -> {
            edits.addAll(more);
            return edits;
        });
    }

    private Optional<List<Replacement>> declaration(TypeDeclaration<?> base, TypeDeclaration<?> ours,
                                                    TypeDeclaration<?> theirs, Header mine) {
        Header last = header(base, sides.base());
        Header generated = header(theirs, sides.theirs());
        String b = signature(sides.base(), last, base, false);
        String o = signature(sides.ours(), mine, ours, false);
        String t = signature(sides.theirs(), generated, theirs, false);
        if (o.equals(t) || t.equals(b)) {
            return Optional.of(List.of());
        }
        if (o.equals(b)) {
            return Optional.of(List.of(new Replacement(mine.restBegin(), mine.openBrace(),
                    sides.theirs().text.substring(generated.restBegin(), generated.openBrace()))));
        }
        List<Replacement> edits = new ArrayList<>();
        if (ours instanceof RecordDeclaration r && !components((RecordDeclaration) base, r,
                (RecordDeclaration) theirs, edits)) {
            return Optional.empty();
        }
        if (ours instanceof NodeWithImplements<?> && !interfaces(base, ours, theirs, mine, edits)) {
            return Optional.empty();
        }
        String rb = signature(sides.base(), last, base, true);
        String ro = signature(sides.ours(), mine, ours, true);
        String rt = signature(sides.theirs(), generated, theirs, true);
        return ro.equals(rt) || rt.equals(rb) ? Optional.of(edits) : Optional.empty();
    }

    /**
     * A record's components merged by name, as edits of the user's list; one both changed, per annotation, or marked
     * as a conflict on its own lines.
     */
    private boolean components(RecordDeclaration base, RecordDeclaration ours, RecordDeclaration theirs,
                               List<Replacement> edits) {
        NodeList<Parameter> mine = ours.getParameters();
        if (mine.isEmpty()) {
            return sides.sameAll(base.getParameters(), theirs.getParameters());
        }
        ParsedJava text = sides.ours();
        String separator = separator(mine, text, theirs.getParameters());
        for (SequenceMerge.Step<Parameter> step : SequenceMerge.merge(base.getParameters(), mine,
                theirs.getParameters(), Parameter::getNameAsString, sides::same)) {
            switch (step.kind()) {
                case KEEP:
                    break;
                case TAKE_THEIRS:
                    edits.add(sides.replaceWithTheirs(step.ours(), step.theirs()));
                    break;
                case INSERT:
                    edits.add(step.ours() == null
                            ? new Replacement(text.begin(mine.get(0)), text.begin(mine.get(0)),
                                    sides.theirs().text(step.theirs()) + separator)
                            : new Replacement(text.end(step.ours()), text.end(step.ours()),
                                    separator + sides.theirs().text(step.theirs())));
                    break;
                case REMOVE:
                    edits.add(removal(mine, step.ours()));
                    break;
                case BOTH_CHANGED:
                    Optional<String> both = component(step.base(), step.ours(), step.theirs());
                    edits.add(both.isPresent() ? new Replacement(text.begin(step.ours()), text.end(step.ours()),
                            both.get()) : componentConflict(step.ours(), step.theirs(), "you and strata both changed it, differently"));
                    break;
                case REMOVED_BUT_CHANGED:
                    edits.add(componentConflict(step.ours(), null, "the database no longer has it, and you changed it"));
                    break;
                default:
                    edits.add(componentConflict(step.ours(), step.theirs(), "you and strata both added it, differently"));
            }
        }
        return true;
    }

    /** A component removed with the separator before it (after it, for the first). */
    private Replacement removal(NodeList<Parameter> list, Parameter gone) {
        ParsedJava text = sides.ours();
        int i = list.indexOf(gone);
        if (i > 0) {
            return new Replacement(text.end(list.get(i - 1)), text.end(gone), "");
        }
        return new Replacement(text.begin(gone), list.size() > 1 ? text.begin(list.get(1)) : text.end(gone), "");
    }

    /** Markers around the lines of one component (its comma included), the new generation's lines between. */
    private Replacement componentConflict(Parameter ours, Parameter theirs, String why) {
        ParsedJava.Span mine = componentLines(sides.ours(), ours);
        String generated = theirs == null ? "" : lineEnded(componentText(sides.theirs(), theirs));
        String eol = sides.ours().eol();
        return new Replacement(mine.begin(), mine.end(), JavaTreeMerge.OURS_MARKER + eol
                + lineEnded(sides.ours().text.substring(mine.begin(), mine.end())) + "=======" + eol + generated
                + ">>>>>>> " + ThreeWayMerge.THEIRS_LABEL + eol, "component " + ours.getNameAsString() + ": " + why);
    }

    private String componentText(ParsedJava source, Parameter p) {
        ParsedJava.Span span = componentLines(source, p);
        return source.text.substring(span.begin(), span.end());
    }

    /** From the start of a component's line to after the line break that follows it and its comma. */
    private static ParsedJava.Span componentLines(ParsedJava source, Parameter p) {
        int begin = source.lineStart(source.begin(p));
        int end = source.end(p);
        String text = source.text;
        while (end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        end += text.startsWith("\r\n", end) ? 2 : end < text.length() && text.charAt(end) == '\n' ? 1 : 0;
        return new ParsedJava.Span(begin, end);
    }

    private String lineEnded(String text) {
        return text.endsWith("\n") ? text : text + sides.ours().eol();
    }

    /** One record component both sides changed: its annotations merged, its type from the side that changed it. */
    private Optional<String> component(Parameter base, Parameter ours, Parameter theirs) {
        String b = ParsedJava.signature(base.getType()) + base.getNameAsString();
        String o = ParsedJava.signature(ours.getType()) + ours.getNameAsString();
        String t = ParsedJava.signature(theirs.getType()) + theirs.getNameAsString();
        if (!o.equals(b) && !t.equals(b) && !o.equals(t)) {
            return Optional.empty();
        }
        int begin = sides.ours().begin(ours);
        Splice local = new Splice(sides.ours().text(ours));
        int typeBegin = sides.ours().begin(ours.getType());
        Optional<List<Replacement>> annotationEdits = annotations.merge(base.getAnnotations(), ours.getAnnotations(),
                theirs.getAnnotations(), typeBegin);
        if (annotationEdits.isEmpty()) {
            return Optional.empty();
        }
        annotationEdits.get().forEach(e -> local.replace(e.begin() - begin, e.end() - begin, e.text()));
        if (o.equals(b) && !t.equals(b)) {
            local.replace(typeBegin - begin, sides.ours().end(ours) - begin,
                    sides.theirs().text.substring(sides.theirs().begin(theirs.getType()), sides.theirs().end(theirs)));
        }
        return Optional.of(local.apply());
    }

    /** {@code implements} merged as a set. */
    private boolean interfaces(TypeDeclaration<?> base, TypeDeclaration<?> ours, TypeDeclaration<?> theirs,
                               Header mine, List<Replacement> edits) {
        NodeList<ClassOrInterfaceType> list = ((NodeWithImplements<?>) ours).getImplementedTypes();
        List<String> merged = new ArrayList<>();
        boolean changed = false;
        for (SequenceMerge.Step<ClassOrInterfaceType> step : SequenceMerge.merge(implemented(base), list,
                implemented(theirs), ParsedJava::signature, (a, b) -> true)) {
            if (step.kind() == SequenceMerge.Kind.INSERT) {
                merged.add(sides.theirs().text(step.theirs()));
                changed = true;
            } else if (step.kind() == SequenceMerge.Kind.REMOVE) {
                changed = true;
            } else {
                merged.add(sides.ours().text(step.ours()));
            }
        }
        if (!changed) {
            return true;
        }
        String text = sides.ours().text;
        if (list.isEmpty()) {
            int at = mine.openBrace();
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            edits.add(new Replacement(at, at, " implements " + String.join(", ", merged)));
        } else if (merged.isEmpty()) {
            int begin = text.lastIndexOf("implements", sides.ours().begin(list.get(0)));
            while (begin > 0 && Character.isWhitespace(text.charAt(begin - 1))) {
                begin--;
            }
            edits.add(new Replacement(begin, sides.ours().end(list.get(list.size() - 1)), ""));
        } else {
            edits.add(new Replacement(sides.ours().begin(list.get(0)), sides.ours().end(list.get(list.size() - 1)),
                    String.join(", ", merged)));
        }
        return true;
    }

    private static NodeList<ClassOrInterfaceType> implemented(TypeDeclaration<?> type) {
        return type instanceof NodeWithImplements<?> n ? n.getImplementedTypes() : new NodeList<>();
    }

    /** What separates the components in the user's record (else in the new generation's). */
    private String separator(NodeList<Parameter> ours, ParsedJava source, NodeList<Parameter> theirs) {
        if (ours.size() > 1) {
            return source.text.substring(source.end(ours.get(0)), source.begin(ours.get(1)));
        }
        if (theirs.size() > 1) {
            return sides.theirs().text.substring(sides.theirs().end(theirs.get(0)), sides.theirs().begin(theirs.get(1)));
        }
        return ", ";
    }

    /**
     * The declaration's tokens from after its annotations to its '{'; without record components and
     * {@code implements} when {@code withoutParts}, which are merged on their own.
     */
    private static String signature(ParsedJava source, Header header, TypeDeclaration<?> type, boolean withoutParts) {
        List<int[]> skipped = new ArrayList<>();
        if (withoutParts && type instanceof RecordDeclaration r && r.getParameters().isNonEmpty()) {
            skipped.add(new int[] {source.begin(r.getParameters().get(0)), source.end(r.getParameters().getLast().get())});
        }
        for (ClassOrInterfaceType i : withoutParts ? implemented(type) : new NodeList<ClassOrInterfaceType>()) {
            skipped.add(new int[] {source.begin(i), source.end(i)});
        }
        StringBuilder out = new StringBuilder();
        for (JavaToken token : type.getTokenRange().orElseThrow()) {
            int at = source.offsetOf(token.getRange().orElseThrow().begin);
            if (at >= header.openBrace()) {
                break;
            }
            if (at >= header.restBegin() && !ParsedJava.isWhitespace(token)
                    && skipped.stream().noneMatch(s -> at >= s[0] && at < s[1])
                    && !(withoutParts && token.getText().equals("implements"))) {
                out.append(token.getText()).append('\u0000');
            }
        }
        return out.toString();
    }
}
