package dev.strata.codegen;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges the annotations of one declaration per annotation (matched by simple name) and, when both sides changed
 * one annotation, per attribute: the user added {@code @JsonIgnore}, the database widened {@code @Column(length)}:
 * both land. Edits go to the user's text; the user's layout stays except inside an annotation both changed.
 */
final class AnnotationMerge {
    private final JavaSides sides;

    AnnotationMerge(JavaSides sides) {
        this.sides = sides;
    }

    /**
     * Edits of the user's annotations, or empty when both sides changed one attribute differently (or one dropped
     * an annotation the other changed).
     */
    Optional<List<Replacement>> merge(NodeList<AnnotationExpr> base, NodeList<AnnotationExpr> ours,
                                      NodeList<AnnotationExpr> theirs, int insertFirstAt) {
        List<Replacement> edits = new ArrayList<>();
        for (SequenceMerge.Step<AnnotationExpr> step : SequenceMerge.merge(base, ours, theirs,
                a -> a.getName().getIdentifier(), sides::same)) {
            switch (step.kind()) {
                case KEEP:
                    break;
                case TAKE_THEIRS:
                    edits.add(sides.replaceWithTheirs(step.ours(), step.theirs()));
                    break;
                case BOTH_CHANGED:
                case BOTH_ADDED:
                    Optional<String> merged = attributes(step.base(), step.ours(), step.theirs());
                    if (merged.isEmpty()) {
                        return Optional.empty();
                    }
                    edits.add(new Replacement(sides.ours().begin(step.ours()), sides.ours().end(step.ours()), merged.get()));
                    break;
                case REMOVE:
                    edits.add(new Replacement(sides.ours().begin(step.ours()), skipBlanks(sides.ours().text,
                            sides.ours().end(step.ours())), ""));
                    break;
                case INSERT:
                    edits.add(insert(step.ours(), step.theirs(), insertFirstAt));
                    break;
                default:
                    return Optional.empty(); // dropped by the generator, changed by the user
            }
        }
        return Optional.of(edits);
    }

    /** A new annotation after its neighbour, separated as in the new generation (own line, or a space). */
    private Replacement insert(AnnotationExpr anchor, AnnotationExpr added, int insertFirstAt) {
        String text = sides.theirs().text(added);
        int begin = sides.theirs().begin(added);
        int end = sides.theirs().end(added);
        if (anchor == null) {
            String after = sides.theirs().text.substring(end, skipBlanks(sides.theirs().text, end));
            return new Replacement(insertFirstAt, insertFirstAt, text + after);
        }
        int previousEnd = begin;
        while (previousEnd > 0 && Character.isWhitespace(sides.theirs().text.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        String before = sides.theirs().text.substring(previousEnd, begin);
        int at = sides.ours().end(anchor);
        return new Replacement(at, at, (before.isEmpty() ? " " : before) + text);
    }

    /** One annotation both sides changed, merged per attribute; empty when one attribute was changed by both. */
    private Optional<String> attributes(AnnotationExpr base, AnnotationExpr ours, AnnotationExpr theirs) {
        List<Attribute> merged = new ArrayList<>();
        for (SequenceMerge.Step<Attribute> step : SequenceMerge.merge(attributes(base, sides.base()),
                attributes(ours, sides.ours()), attributes(theirs, sides.theirs()), Attribute::name,
                (a, b) -> a.signature().equals(b.signature()))) {
            switch (step.kind()) {
                case KEEP:
                    merged.add(step.ours());
                    break;
                case TAKE_THEIRS:
                case INSERT:
                    merged.add(step.theirs());
                    break;
                case REMOVE:
                    break;
                default:
                    return Optional.empty();
            }
        }
        if (merged.equals(attributes(ours, sides.ours()))) {
            return Optional.of(sides.ours().text(ours));
        }
        return Optional.of(render(ours, merged));
    }

    private static String render(AnnotationExpr ours, List<Attribute> attributes) {
        String name = "@" + ours.getNameAsString();
        if (attributes.isEmpty()) {
            return name;
        }
        if (attributes.size() == 1 && attributes.get(0).name().equals("value")) {
            return name + "(" + attributes.get(0).value() + ")";
        }
        List<String> pairs = new ArrayList<>();
        attributes.forEach(a -> pairs.add(a.name() + " = " + a.value()));
        return name + "(" + String.join(", ", pairs) + ")";
    }

    /** An annotation's attributes with their text as written; a single value is the attribute {@code value}. */
    static List<Attribute> attributes(AnnotationExpr annotation, ParsedJava source) {
        List<Attribute> attributes = new ArrayList<>();
        if (annotation == null) {
            return attributes;
        }
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            attributes.add(attribute("value", single.getMemberValue(), source));
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                attributes.add(attribute(pair.getNameAsString(), pair.getValue(), source));
            }
        }
        return attributes;
    }

    private static Attribute attribute(String name, Node value, ParsedJava source) {
        return new Attribute(name, source.text(value), ParsedJava.signature(value));
    }

    /** One attribute of an annotation: its name, its value as written, and what the value says. */
    record Attribute(String name, String value, String signature) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Attribute a && a.name.equals(name) && a.signature.equals(signature);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + signature.hashCode();
        }
    }

    private static int skipBlanks(String text, int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
