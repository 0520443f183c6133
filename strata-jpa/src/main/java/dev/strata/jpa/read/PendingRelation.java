package dev.strata.jpa.read;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.body.FieldDeclaration;

/**
 * An association found while mapping fields, resolved once every entity's own columns are known (join columns
 * take the type of the column they reference).
 *
 * @param kind "ManyToOne", "OneToOne", "ManyToMany" or "OneToMany"
 */
record PendingRelation(String kind, SourceType owner, TableDraft table, FieldDeclaration field,
                       VariableDeclarator variable, String attribute, String target, Scope scope) {
}
