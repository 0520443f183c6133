package dev.strata.jpa.read;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.nio.file.Path;
import java.util.Set;

/** A class or enum declared in an entity source file, with where it came from for error messages. */
record SourceType(String name, Path file, Set<String> imports, TypeDeclaration<?> declaration) {
    int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(1);
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
