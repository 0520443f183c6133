package dev.strata.jpa.read;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every class and enum declared in a set of source files, parsed (never compiled), by simple name. */
final class SourceIndex {
    private final Map<String, SourceType> types = new LinkedHashMap<>();

    static SourceIndex parse(List<Path> files) {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setAttributeComments(false);
        JavaParser parser = new JavaParser(config);
        SourceIndex index = new SourceIndex();
        for (Path file : files) {
            CompilationUnit unit = parseOne(parser, file);
            for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
                index.types.putIfAbsent(t.getNameAsString(), new SourceType(t.getNameAsString(), file, unit, t));
            }
        }
        return index;
    }

    /** The .java files below {@code root}, sorted so that reading is deterministic. */
    static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new StrataException(ExitCode.INPUT, "Models directory " + root + " does not exist."
                    + " Check the models source directory in strata.yaml.");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "Cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static CompilationUnit parseOne(JavaParser parser, Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new EntitySourceException(file, 1, "cannot read the file: " + e.getMessage());
        }
        ParseResult<CompilationUnit> result = parser.parse(text);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            Problem p = result.getProblems().get(0);
            int line = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
            throw new EntitySourceException(file, line, "does not parse as Java: " + firstLine(p.getMessage())
                    + ". Fix the syntax error (strata reads sources without compiling them).");
        }
        return result.getResult().get();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    Optional<SourceType> type(String simpleName) {
        return Optional.ofNullable(types.get(stripGenerics(simpleName)));
    }

    List<SourceType> all() {
        return new ArrayList<>(types.values());
    }

    static String stripGenerics(String name) {
        int lt = name.indexOf('<');
        String raw = lt < 0 ? name : name.substring(0, lt);
        int dot = raw.lastIndexOf('.');
        return dot < 0 ? raw : raw.substring(dot + 1);
    }
}
