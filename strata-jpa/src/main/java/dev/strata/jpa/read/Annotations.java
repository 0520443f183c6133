package dev.strata.jpa.read;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads annotation attributes from the syntax tree: literals, constants written as {@code Enum.VALUE}, class
 * literals, nested annotations and arrays. Annotations match by simple or qualified name, so that
 * {@code @Column} and {@code @jakarta.persistence.Column} read alike.
 */
final class Annotations {
    private Annotations() {
    }

    static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String simpleName) {
        for (AnnotationExpr a : node.getAnnotations()) {
            if (named(a, simpleName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static List<AnnotationExpr> findAll(NodeWithAnnotations<?> node, String simpleName) {
        List<AnnotationExpr> result = new ArrayList<>();
        for (AnnotationExpr a : node.getAnnotations()) {
            if (named(a, simpleName)) {
                result.add(a);
            }
        }
        return result;
    }

    static boolean has(NodeWithAnnotations<?> node, String simpleName) {
        return find(node, simpleName).isPresent();
    }

    static boolean named(AnnotationExpr a, String simpleName) {
        String n = a.getNameAsString();
        return n.equals(simpleName) || n.endsWith("." + simpleName);
    }

    /** The attribute's expression; {@code value} also finds the single-member form. */
    static Optional<Expression> attr(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr) {
            return name.equals("value") ? Optional.of(((SingleMemberAnnotationExpr) a).getMemberValue())
                    : Optional.empty();
        }
        if (a instanceof NormalAnnotationExpr) {
            for (MemberValuePair p : ((NormalAnnotationExpr) a).getPairs()) {
                if (p.getNameAsString().equals(name)) {
                    return Optional.of(p.getValue());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> string(AnnotationExpr a, String name) {
        return attr(a, name).map(Annotations::stringValue);
    }

    static String stringValue(Expression e) {
        if (e instanceof StringLiteralExpr) {
            return ((StringLiteralExpr) e).asString();
        }
        if (e instanceof TextBlockLiteralExpr) {
            return ((TextBlockLiteralExpr) e).asString();
        }
        if (e instanceof BinaryExpr && ((BinaryExpr) e).getOperator() == BinaryExpr.Operator.PLUS) {
            return stringValue(((BinaryExpr) e).getLeft()) + stringValue(((BinaryExpr) e).getRight());
        }
        return e.toString();
    }

    static Optional<Integer> integer(AnnotationExpr a, String name) {
        return attr(a, name).map(e -> {
            if (e instanceof IntegerLiteralExpr) {
                return ((IntegerLiteralExpr) e).asNumber().intValue();
            }
            if (e instanceof UnaryExpr && e.asUnaryExpr().getExpression() instanceof IntegerLiteralExpr) {
                return -e.asUnaryExpr().getExpression().asIntegerLiteralExpr().asNumber().intValue();
            }
            return null;
        });
    }

    static Optional<Boolean> bool(AnnotationExpr a, String name) {
        return attr(a, name).filter(e -> e instanceof BooleanLiteralExpr)
                .map(e -> ((BooleanLiteralExpr) e).getValue());
    }

    /** {@code GenerationType.IDENTITY}, {@code IDENTITY} (static import): "IDENTITY". */
    static Optional<String> constant(AnnotationExpr a, String name) {
        return attr(a, name).map(Annotations::constantName);
    }

    static String constantName(Expression e) {
        if (e instanceof FieldAccessExpr) {
            return ((FieldAccessExpr) e).getNameAsString();
        }
        if (e instanceof NameExpr) {
            return ((NameExpr) e).getNameAsString();
        }
        return e.toString();
    }

    /** {@code Foo.class}: "Foo". */
    static Optional<String> classLiteral(AnnotationExpr a, String name) {
        return attr(a, name).filter(e -> e instanceof ClassExpr)
                .map(e -> SourceIndex.stripGenerics(((ClassExpr) e).getType().asString()));
    }

    /** The elements of an array attribute; a single element written without braces counts as one. */
    static List<Expression> list(AnnotationExpr a, String name) {
        return attr(a, name).map(Annotations::elements).orElse(List.of());
    }

    static List<Expression> elements(Expression e) {
        if (e instanceof ArrayInitializerExpr) {
            return new ArrayList<>(((ArrayInitializerExpr) e).getValues());
        }
        return List.of(e);
    }

    static List<AnnotationExpr> annotations(AnnotationExpr a, String name) {
        List<AnnotationExpr> result = new ArrayList<>();
        for (Expression e : list(a, name)) {
            if (e instanceof AnnotationExpr) {
                result.add((AnnotationExpr) e);
            }
        }
        return result;
    }
}
