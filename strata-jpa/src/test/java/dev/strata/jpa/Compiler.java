package dev.strata.jpa;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Compiles generated sources with javac against the test classpath (jakarta.persistence-api, hibernate-core). */
final class Compiler {
    private Compiler() {
    }

    /** Compiles every .java file below {@code sources} into {@code classes}; returns javac's errors, empty if none. */
    static List<String> compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null);
             Stream<Path> walk = Files.walk(sources)) {
            List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).toList();
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                    classes.toString(), "-Xlint:all", "-Werror", "-proc:none", "--release", "17");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(java))
                    .call();
            List<String> errors = diagnostics.getDiagnostics().stream().map(d -> d.getSource() == null ? d.toString()
                    : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null)).toList();
            return ok ? List.of() : errors.isEmpty() ? List.of("javac failed") : errors;
        }
    }
}
