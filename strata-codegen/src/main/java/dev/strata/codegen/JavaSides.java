package dev.strata.codegen;

import com.github.javaparser.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;

/** The three versions of one Java file a merge reads: the last generation, the user's file, the new generation. */
record JavaSides(ParsedJava base, ParsedJava ours, ParsedJava theirs, Map<Node, String> signatures) {
    JavaSides(ParsedJava base, ParsedJava ours, ParsedJava theirs) {
        this(base, ours, theirs, new IdentityHashMap<>());
    }

    /** Whether two versions of a declaration say the same, whitespace aside (each node's signature computed once). */
    boolean same(Node a, Node b) {
        return signature(a).equals(signature(b));
    }

    private String signature(Node node) {
        return signatures.computeIfAbsent(node, ParsedJava::signature);
    }

    /** Whether two lists of declarations say the same, item by item. */
    boolean sameAll(java.util.List<? extends Node> a, java.util.List<? extends Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The user's node (comment aside) replaced by the new generation's text of it. */
    Replacement replaceWithTheirs(Node mine, Node generated) {
        return new Replacement(ours.begin(mine), ours.end(mine), theirs.text(generated));
    }
}
