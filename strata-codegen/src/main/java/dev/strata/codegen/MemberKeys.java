package dev.strata.codegen;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The identity of a member across the three versions of a class: a field by its name, a method or constructor by
 * its name and parameter types, a type by its name. A field the user renamed while keeping its column
 * ({@code @Column(name)} or {@code @JoinColumn(name)} naming the old field's column) is the old field.
 */
final class MemberKeys {
    private MemberKeys() {
    }

    /** The key of every member of the three lists, the user's renamed fields keyed as the field they alias. */
    static Map<Node, String> keys(List<? extends BodyDeclaration<?>> base, List<? extends BodyDeclaration<?>> ours,
                                  List<? extends BodyDeclaration<?>> theirs) {
        Map<Node, String> keys = new IdentityHashMap<>();
        for (List<? extends BodyDeclaration<?>> side : List.of(base, ours, theirs)) {
            side.forEach(member -> keys.put(member, key(member)));
        }
        aliases(base, ours, keys);
        return keys;
    }

    private static void aliases(List<? extends BodyDeclaration<?>> base, List<? extends BodyDeclaration<?>> ours,
                                Map<Node, String> keys) {
        Set<String> baseKeys = new HashSet<>();
        base.forEach(m -> baseKeys.add(keys.get(m)));
        Set<String> oursKeys = new HashSet<>();
        ours.forEach(m -> oursKeys.add(keys.get(m)));
        for (BodyDeclaration<?> mine : ours) {
            Optional<String> column = explicitColumn(mine);
            if (column.isEmpty() || baseKeys.contains(keys.get(mine))) {
                continue;
            }
            for (BodyDeclaration<?> last : base) {
                if (!oursKeys.contains(keys.get(last)) && columnOf(last).contains(column.get())) {
                    keys.put(mine, keys.get(last));
                    break;
                }
            }
        }
    }

    static String key(BodyDeclaration<?> member) {
        if (member instanceof FieldDeclaration field) {
            return "field " + field.getVariables().stream().map(VariableDeclarator::getNameAsString)
                    .collect(Collectors.joining(","));
        }
        if (member instanceof CallableDeclaration<?> callable) {
            String kind = callable instanceof ConstructorDeclaration ? "constructor " : "method ";
            return kind + callable.getNameAsString() + "(" + callable.getParameters().stream()
                    .map(MemberKeys::parameterType).collect(Collectors.joining(",")) + ")";
        }
        if (member instanceof TypeDeclaration<?> type) {
            return "type " + type.getNameAsString();
        }
        if (member instanceof AnnotationMemberDeclaration element) {
            return "element " + element.getNameAsString();
        }
        if (member instanceof InitializerDeclaration initializer) {
            return initializer.isStatic() ? "static initializer" : "initializer";
        }
        return member.getClass().getSimpleName();
    }

    /** How a member is named to the user in a conflict. */
    static String describe(Node member) {
        if (member instanceof BodyDeclaration<?> declaration) {
            String key = key(declaration);
            return key.startsWith("type ") ? "class " + key.substring(5) : key;
        }
        return member.getClass().getSimpleName();
    }

    private static String parameterType(Parameter p) {
        return p.getType().asString() + (p.isVarArgs() ? "..." : "");
    }

    /** The column a field names explicitly in {@code @Column(name)} or {@code @JoinColumn(name)}, lower case. */
    private static Optional<String> explicitColumn(BodyDeclaration<?> member) {
        if (!(member instanceof FieldDeclaration field)) {
            return Optional.empty();
        }
        for (AnnotationExpr annotation : field.getAnnotations()) {
            String name = annotation.getName().getIdentifier();
            if ((name.equals("Column") || name.equals("JoinColumn")) && annotation instanceof NormalAnnotationExpr n) {
                for (MemberValuePair pair : n.getPairs()) {
                    if (pair.getNameAsString().equals("name") && pair.getValue() instanceof StringLiteralExpr s) {
                        return Optional.of(s.asString().replace("\"", "").replace("`", "")
                                .toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The names a field's column may have: explicit, or derived from the field's name as JPA or Spring would. */
    private static Set<String> columnOf(BodyDeclaration<?> member) {
        Set<String> names = new HashSet<>();
        if (member instanceof FieldDeclaration field && field.getVariables().size() == 1) {
            explicitColumn(member).ifPresent(names::add);
            String name = field.getVariable(0).getNameAsString();
            names.add(name.toLowerCase(Locale.ROOT));
            names.add(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
