package dev.strata.jpa.read;

import com.github.javaparser.ast.expr.AnnotationExpr;

import java.util.Map;

/**
 * Where fields are being mapped: the path of an embedded attribute ("address."), the {@code @AttributeOverride}
 * columns that apply, whether the columns form the identifier, and whether they must be nullable (subclass
 * columns in a single-table hierarchy).
 */
record Scope(String path, Map<String, AnnotationExpr> overrides, boolean id, boolean forceNullable) {
    static Scope root(boolean forceNullable) {
        return new Scope("", Map.of(), false, forceNullable);
    }
}
