package dev.strata.jpa.read;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.nio.file.Path;
import java.util.Set;

/** A class or enum declared in an entity source file, with where it came from for error messages. */
record SourceType(String name, Path file, Set<String> imports, TypeDeclaration<?> declaration) {
    /** The line of {@code node}, or of the nearest declaration or annotation around it (the only ranges kept). */
    int line(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n.getBegin().isPresent()) {
                return n.getBegin().get().line;
            }
        }
        return 1;
    }

    int line() {
        return line(declaration);
    }

    EntitySourceException error(Node node, String problem) {
        return new EntitySourceException(file, line(node), problem);
    }

    boolean imports(String qualified) {
        return imports.contains(qualified);
    }
}
