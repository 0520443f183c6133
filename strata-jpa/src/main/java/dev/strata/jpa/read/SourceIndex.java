package dev.strata.jpa.read;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
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
    private java.util.Set<String> extended;

    static SourceIndex parse(List<Path> files) {
        return parse(files, SourceIndex::read);
    }

    /** As {@link #parse(List)}, with each file's text from {@code texts} (a dry run's planned writes over the disk). */
    static SourceIndex parse(List<Path> files, java.util.function.Function<Path, String> texts) {
        // Files parse in parallel, one parser per thread (a JavaParser is not thread-safe); results are indexed in
        // file order, so the outcome does not depend on timing. Tokens stay on while parsing (node line numbers come
        // from them) and are dropped right after (see withoutTokens).
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW).setAttributeComments(false)));
        List<CompilationUnit> units = files.parallelStream().map(f -> parseOne(parsers.get(), f, texts.apply(f))).toList();
        SourceIndex index = new SourceIndex();
        for (int i = 0; i < files.size(); i++) {
            for (TypeDeclaration<?> t : units.get(i).getTypes()) {
                index.add(t, files.get(i), units.get(i));
            }
        }
        return index;
    }

    /**
     * Adds a type and the types nested in it (walking members only, not whole method bodies). The whole source root
     * is read, so a simple name may be declared twice (an entity {@code Customer} and a DTO of that name): the JPA
     * type wins, else the first in file order.
     */
    private void add(TypeDeclaration<?> type, Path file, CompilationUnit unit) {
        SourceType existing = types.get(type.getNameAsString());
        if (existing == null || !isJpaType(existing.declaration()) && isJpaType(type)) {
            types.put(type.getNameAsString(), new SourceType(type.getNameAsString(), file, unit, type));
        }
        for (com.github.javaparser.ast.body.BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration) {
                add((TypeDeclaration<?>) member, file, unit);
            }
        }
    }

    private static boolean isJpaType(TypeDeclaration<?> type) {
        return Annotations.has(type, "Entity") || Annotations.has(type, "MappedSuperclass")
                || Annotations.has(type, "Embeddable");
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new EntitySourceException(file, 1, "cannot read the file: " + e.getMessage());
        }
    }

    private static CompilationUnit parseOne(JavaParser parser, Path file, String text) {
        ParseResult<CompilationUnit> result = parser.parse(text);
        if ((!result.isSuccessful() || result.getResult().isEmpty()) && !mentionsJpa(text)) {
            // The rest of an application (controllers, services) below the source root is no model: a file the
            // parser cannot read there must not stop check or autogenerate.
            return new CompilationUnit();
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            Problem p = result.getProblems().get(0);
            int line = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
            throw new EntitySourceException(file, line, "does not parse as Java: " + firstLine(p.getMessage())
                    + ". Fix the syntax error (strata reads sources without compiling them).");
        }
        return withoutTokens(result.getResult().get());
    }

    /**
     * Keeps each node's line range and drops its tokens: every file's tree is held until all are mapped, and the
     * token list (whitespace included) is most of a tree's memory, which made reading 1,000 entities peak at
     * 500 MB of heap mostly spent copying trees between GC generations.
     */
    private static CompilationUnit withoutTokens(CompilationUnit unit) {
        unit.walk(node -> {
            Range range = node.getRange().orElse(null);
            node.setTokenRange(null);
            node.setRange(range);
        });
        return unit;
    }

    private static boolean mentionsJpa(String text) {
        return text.contains("persistence") || text.contains("@Entity") || text.contains("@MappedSuperclass")
                || text.contains("@Embeddable");
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    Optional<SourceType> type(String simpleName) {
        return Optional.ofNullable(types.get(stripGenerics(simpleName)));
    }

    /** The simple names of the classes some class extends. */
    java.util.Set<String> extended() {
        if (extended == null) {
            extended = new java.util.HashSet<>();
            for (SourceType t : types.values()) {
                if (t.declaration() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration) {
                    ((com.github.javaparser.ast.body.ClassOrInterfaceDeclaration) t.declaration()).getExtendedTypes()
                            .forEach(e -> extended.add(e.getNameAsString()));
                }
            }
        }
        return extended;
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
