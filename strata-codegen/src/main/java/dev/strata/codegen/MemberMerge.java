package dev.strata.codegen;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Merges one field, method or constructor that both sides changed, by parts: its comment, each annotation (see
 * {@link AnnotationMerge}) and the declaration itself; a field's declaration by modifiers, type, name and
 * initializer (the user renamed the field, the database widened its type: both land). A part both changed
 * differently (a method body, one attribute) makes the whole member a conflict, which the caller marks.
 */
final class MemberMerge {
    private final JavaSides sides;
    private final AnnotationMerge annotations;

    MemberMerge(JavaSides sides) {
        this.sides = sides;
        this.annotations = new AnnotationMerge(sides);
    }

    /** Edits of the user's member; empty for a conflict. {@code base} is null when both sides added it. */
    Optional<List<Replacement>> merge(BodyDeclaration<?> base, BodyDeclaration<?> ours, BodyDeclaration<?> theirs) {
        if (!annotationsComeFirst(ours) || !annotationsComeFirst(theirs)
                || (base != null && !annotationsComeFirst(base))) {
            return Optional.empty();
        }
        List<Replacement> edits = new ArrayList<>();
        if (!comment(base, ours, theirs, edits)) {
            return Optional.empty();
        }
        Optional<List<Replacement>> annotationEdits = annotations.merge(annotations(base), annotations(ours),
                annotations(theirs), restBegin(ours, sides.ours()));
        if (annotationEdits.isEmpty()) {
            return Optional.empty();
        }
        edits.addAll(annotationEdits.get());
        return declaration(base, ours, theirs).map(rest -> {
            rest.ifPresent(edits::add);
            return edits;
        });
    }

    /** The declaration after the annotations: an edit, none, or empty for a conflict. */
    private Optional<Optional<Replacement>> declaration(BodyDeclaration<?> base, BodyDeclaration<?> ours,
                                                         BodyDeclaration<?> theirs) {
        String b = base == null ? null : restSignature(base);
        String o = restSignature(ours);
        String t = restSignature(theirs);
        int begin = restBegin(ours, sides.ours());
        int end = sides.ours().end(ours);
        if (o.equals(t) || t.equals(b)) {
            return Optional.of(Optional.empty());
        }
        if (o.equals(b)) {
            int theirsBegin = restBegin(theirs, sides.theirs());
            String text = sides.theirs().text.substring(theirsBegin, sides.theirs().end(theirs));
            return Optional.of(Optional.of(new Replacement(begin, end, text)));
        }
        if (ours instanceof FieldDeclaration mine && theirs instanceof FieldDeclaration generated
                && (base == null || base instanceof FieldDeclaration)) {
            return field((FieldDeclaration) base, mine, generated)
                    .map(text -> Optional.of(new Replacement(begin, end, text)));
        }
        return Optional.empty();
    }

    /** A field's declaration merged by modifiers, type, name and initializer. */
    private Optional<String> field(FieldDeclaration base, FieldDeclaration ours, FieldDeclaration theirs) {
        if (ours.getVariables().size() != 1 || theirs.getVariables().size() != 1
                || (base != null && base.getVariables().size() != 1)) {
            return Optional.empty();
        }
        List<String[]> parts = List.of(fieldParts(base, sides.base()), fieldParts(ours, sides.ours()),
                fieldParts(theirs, sides.theirs()));
        String[] merged = new String[4];
        for (int i = 0; i < merged.length; i++) {
            String b = parts.get(0) == null ? null : parts.get(0)[i];
            String o = parts.get(1)[i];
            String t = parts.get(2)[i];
            if (o.equals(t) || t.equals(b)) {
                merged[i] = o;
            } else if (o.equals(b)) {
                merged[i] = t;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of((merged[0].isEmpty() ? "" : merged[0] + " ") + merged[1] + " " + merged[2]
                + (merged[3].isEmpty() ? "" : " = " + merged[3]) + ";");
    }

    /** Modifiers, type, name and initializer of a one-variable field, as written (whitespace inside aside). */
    private static String[] fieldParts(FieldDeclaration field, ParsedJava source) {
        if (field == null) {
            return null;
        }
        VariableDeclarator variable = field.getVariable(0);
        String modifiers = field.getModifiers().stream().map(Modifier::getKeyword)
                .map(Modifier.Keyword::asString).collect(Collectors.joining(" "));
        String initializer = variable.getInitializer().map(source::text).orElse("");
        return new String[] {modifiers, source.text(variable.getType()), variable.getNameAsString(), initializer};
    }

    /** The member's comment (a Javadoc above it), merged as one part. */
    boolean comment(BodyDeclaration<?> base, BodyDeclaration<?> ours, BodyDeclaration<?> theirs,
                            List<Replacement> edits) {
        String b = base == null ? null : commentSignature(base);
        String o = commentSignature(ours);
        String t = commentSignature(theirs);
        if (o.equals(t) || t.equals(b)) {
            return true;
        }
        if (!o.equals(b)) {
            return false;
        }
        Optional<Comment> mine = ours.getComment();
        Optional<Comment> generated = theirs.getComment();
        ParsedJava text = sides.ours();
        if (mine.isPresent() && generated.isPresent()) {
            edits.add(new Replacement(text.begin(mine.get()), text.end(mine.get()), sides.theirs().text(generated.get())));
        } else if (mine.isPresent()) {
            edits.add(new Replacement(text.begin(mine.get()), text.begin(ours), ""));
        } else {
            int at = text.begin(ours);
            edits.add(new Replacement(at, at, sides.theirs().text(generated.get()) + text.eol()
                    + text.indentation(at)));
        }
        return true;
    }

    private static String commentSignature(Node node) {
        return node.getComment().map(c -> c.getContent().strip().replaceAll("\\s+", " ")).orElse("");
    }

    private static NodeList<AnnotationExpr> annotations(BodyDeclaration<?> member) {
        return member == null ? new NodeList<>() : member.getAnnotations();
    }

    /** Whether all annotations precede the rest of the declaration (not {@code public @Foo void f()}). */
    static boolean annotationsComeFirst(BodyDeclaration<?> member) {
        NodeList<AnnotationExpr> list = member.getAnnotations();
        if (list.isEmpty()) {
            return true;
        }
        Position lastAnnotationEnd = list.getLast().orElseThrow().getEnd().orElseThrow();
        return list.stream().allMatch(a -> !a.getBegin().orElseThrow().isAfter(lastAnnotationEnd))
                && firstRestToken(member).map(t -> t.getRange().orElseThrow().begin.isAfter(lastAnnotationEnd))
                .orElse(false);
    }

    /** Offset where the declaration proper starts, after the annotations. */
    static int restBegin(BodyDeclaration<?> member, ParsedJava source) {
        JavaToken first = firstRestToken(member).orElseThrow();
        Position p = first.getRange().orElseThrow().begin;
        return source.offsetOf(p);
    }

    private static Optional<JavaToken> firstRestToken(BodyDeclaration<?> member) {
        NodeList<AnnotationExpr> list = member.getAnnotations();
        Position after = list.isEmpty() ? null : list.getLast().orElseThrow().getEnd().orElseThrow();
        for (JavaToken token : member.getTokenRange().orElseThrow()) {
            if (token.getCategory().isWhitespaceOrComment()) {
                continue;
            }
            if (after == null || token.getRange().orElseThrow().begin.isAfter(after)) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /** What the declaration after the annotations says, whitespace aside. */
    private static String restSignature(BodyDeclaration<?> member) {
        NodeList<AnnotationExpr> list = member.getAnnotations();
        Position after = list.isEmpty() ? null : list.getLast().orElseThrow().getEnd().orElseThrow();
        StringBuilder out = new StringBuilder();
        for (JavaToken token : member.getTokenRange().orElseThrow()) {
            if (!ParsedJava.isWhitespace(token)
                    && (after == null || token.getRange().orElseThrow().begin.isAfter(after))) {
                out.append(token.getText()).append('\u0000');
            }
        }
        return out.toString();
    }
}
