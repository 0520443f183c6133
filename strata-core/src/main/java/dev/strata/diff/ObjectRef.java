package dev.strata.diff;

import dev.strata.model.QualifiedName;

/**
 * Names an object that comments, grants and owners attach to.
 *
 * @param kind      what the object is
 * @param name      the object, or for a column, constraint, trigger, policy or rule the table it belongs to
 * @param child     the column, constraint, trigger, policy or rule name; otherwise null
 * @param signature routine argument types, otherwise null
 */
public record ObjectRef(ObjectKind kind, QualifiedName name, String child, String signature) {
    public static ObjectRef of(ObjectKind kind, QualifiedName name) {
        return new ObjectRef(kind, name, null, null);
    }

    public static ObjectRef child(ObjectKind kind, QualifiedName table, String child) {
        return new ObjectRef(kind, table, child, null);
    }

    @Override
    public String toString() {
        return kind + " " + name + (child == null ? "" : "." + child) + (signature == null ? "" : "(" + signature + ")");
    }
}
