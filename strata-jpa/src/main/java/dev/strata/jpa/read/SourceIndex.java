package dev.strata.jpa.read;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every class and enum declared in a set of source files, parsed (never compiled), by simple name. Only files that
 * can declare a JPA type (their text names Entity, MappedSuperclass or Embeddable) are parsed up front; the others
 * (DTOs, controllers, services below the same source root: three quarters of a rebuilt project's files) are parsed
 * when a type they declare is looked up, e.g. an enum an entity field uses.
 */
final class SourceIndex {
    /** A type declaration's keyword and name, found in a file's text without parsing it. */
    private static final Pattern DECLARED =
            Pattern.compile("\\b(?:class|interface|enum|record)\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)");

    /** A parsed file's imports, by name ({@code import static a.B.c} gives {@code a.B.c}). */
    private static final DataKey<Set<String>> IMPORTS = new DataKey<>() {
    };

    private final Map<String, SourceType> types = new LinkedHashMap<>();
    /** Per type: the position in file order of the file that declares it (the first declaration wins). */
    private final Map<String, Integer> order = new HashMap<>();
    /** Files not parsed yet, by position in file order; per simple name, the positions of those that may declare it. */
    private final Map<Integer, Deferred> deferred = new HashMap<>();
    private final Map<String, List<Integer>> deferredNames = new HashMap<>();
    /** Every simple name looked up: a file not parsed up front matters to a reading only if it declares one. */
    private final Set<String> lookedUp = ConcurrentHashMap.newKeySet();
    private JavaParser parser;
    private Set<String> extended;

    private record Deferred(Path file, String text) {
    }

    static SourceIndex parse(List<Path> files) {
        return parse(files, SourceIndex::read);
    }

    /** As {@link #parse(List)}, with each file's text from {@code texts} (a dry run's planned writes over the disk). */
    static SourceIndex parse(List<Path> files, java.util.function.Function<Path, String> texts) {
        // Files parse in parallel, one parser per thread (a JavaParser is not thread-safe); results are indexed in
        // file order, so the outcome does not depend on timing. Tokens stay on while parsing (node line numbers come
        // from them) and are dropped right after (see withoutTokens).
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(SourceIndex::parser);
        List<String> textsInOrder = files.parallelStream().map(texts).toList();
        List<CompilationUnit> units = IntStream.range(0, files.size()).parallel().mapToObj(i ->
                mayDeclareJpaType(textsInOrder.get(i)) ? parseOne(parsers.get(), files.get(i), textsInOrder.get(i))
                        : null).toList();
        SourceIndex index = new SourceIndex();
        for (int i = 0; i < files.size(); i++) {
            if (units.get(i) == null) {
                index.defer(i, files.get(i), textsInOrder.get(i));
                continue;
            }
            for (TypeDeclaration<?> t : units.get(i).getTypes()) {
                index.add(t, files.get(i), units.get(i), i);
            }
        }
        return index;
    }

    private static JavaParser parser() {
        // Nothing here prints the trees, so the line separator (detected character by character, a quarter of the
        // parse time) is not worth knowing.
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setAttributeComments(false).setDetectOriginalLineSeparator(false));
    }

    /**
     * Whether the text can declare an entity, mapped superclass or embeddable (their annotations name it, whether
     * imported or qualified), or mentions JPA at all: such a file is parsed up front, so that a syntax error in it
     * is reported whether or not a type of it is looked up.
     */
    private static boolean mayDeclareJpaType(String text) {
        return text.contains("Entity") || text.contains("MappedSuperclass") || text.contains("Embeddable")
                || mentionsJpa(text);
    }

    private void defer(int position, Path file, String text) {
        deferred.put(position, new Deferred(file, text));
        Matcher m = DECLARED.matcher(text);
        while (m.find()) {
            List<Integer> positions = deferredNames.computeIfAbsent(m.group(1), k -> new ArrayList<>());
            if (!positions.contains(position)) {
                positions.add(position);
            }
        }
    }

    /** Parses the files not parsed yet that may declare {@code simpleName}, adding what they declare. */
    private void parseDeferred(String simpleName) {
        List<Integer> positions = deferredNames.remove(simpleName);
        if (positions == null) {
            return;
        }
        for (int position : positions) {
            Deferred d = deferred.remove(position);
            if (d == null) {
                continue;   // parsed already for another name it declares
            }
            if (parser == null) {
                parser = parser();
            }
            CompilationUnit unit = parseOne(parser, d.file(), d.text());
            for (TypeDeclaration<?> t : unit.getTypes()) {
                add(t, d.file(), unit, position);
            }
        }
    }

    /**
     * Adds a type and the types nested in it (walking members only, not whole method bodies). The whole source root
     * is read, so a simple name may be declared twice (an entity {@code Customer} and a DTO of that name): the JPA
     * type wins, else the first in file order.
     */
    private void add(TypeDeclaration<?> type, Path file, CompilationUnit unit, int position) {
        String name = type.getNameAsString();
        SourceType existing = types.get(name);
        boolean earlier = existing != null && position < order.get(name);   // a deferred file parsed late
        if (existing == null || !isJpaType(existing.declaration()) && (isJpaType(type) || earlier)) {
            types.put(name, new SourceType(name, file, unit.containsData(IMPORTS) ? unit.getData(IMPORTS) : Set.of(),
                    type));
            order.put(name, position);
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration) {
                add((TypeDeclaration<?>) member, file, unit, position);
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

    /**
     * The file's tree, its methods and constructors left out ({@link Callables}); a text that does not parse
     * that way is parsed as written, so that an error is reported where the file has it.
     */
    private static CompilationUnit parseOne(JavaParser parser, Path file, String text) {
        ParseResult<CompilationUnit> result = parser.parse(Callables.blanked(text));
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            result = parser.parse(text);
        }
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
     * 500 MB of heap mostly spent copying trees between GC generations. Methods, constructors and initializers are
     * dropped too: the mapping reads fields, enum constants, annotations and nested types only, and an entity's
     * accessors were most of its tree (holding them cost a thousand entities seconds of garbage collection). The
     * imports are kept as names ({@link #IMPORTS}).
     */
    private static CompilationUnit withoutTokens(CompilationUnit unit) {
        unit.getTypes().forEach(SourceIndex::keepDeclarationsOnly);
        // The imports as names: as nodes, a quarter of the nodes held (each name a chain of Name nodes).
        unit.setData(IMPORTS, unit.getImports().stream().map(ImportDeclaration::getNameAsString)
                .collect(Collectors.toUnmodifiableSet()));
        unit.getImports().clear();
        unit.walk(node -> {
            Range range = isReported(node) ? node.getRange().orElse(null) : null;
            node.setTokenRange(null);
            node.setRange(range);
        });
        return unit;
    }

    /**
     * Whether an error may name the node's line: declarations and annotations keep their range, the rest (names,
     * types, literals: most nodes) report the line of the nearest one around them ({@link SourceType#line}), and
     * holding a range for each (three objects) was a quarter of what a tree holds.
     */
    private static boolean isReported(Node node) {
        return node instanceof BodyDeclaration<?> || node instanceof AnnotationExpr;
    }

    private static void keepDeclarationsOnly(TypeDeclaration<?> type) {
        type.getMembers().removeIf(m -> m instanceof CallableDeclaration<?> || m instanceof InitializerDeclaration);
        type.getMembers().forEach(m -> {
            if (m instanceof TypeDeclaration<?> nested) {
                keepDeclarationsOnly(nested);
            }
        });
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
        String name = stripGenerics(simpleName);
        lookedUp.add(name);
        SourceType found = types.get(name);
        if (found == null || !isJpaType(found.declaration())) {
            parseDeferred(name);   // a JPA type wins, else the first declaration in file order, parsed or not
            found = types.get(name);
        }
        return Optional.ofNullable(found);
    }

    /**
     * The simple names of the classes some parsed class extends: every JPA type is parsed, so every entity's
     * parent is among them.
     */
    Set<String> extended() {
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

    /** The simple names looked up so far. */
    Set<String> lookedUp() {
        return Set.copyOf(lookedUp);
    }

    /**
     * Whether a source with {@code text}, added, removed or changed, could change a reading that looked up
     * {@code lookedUp}: it is parsed up front (it may declare a JPA type), or it declares one of those names.
     */
    static boolean dependsOn(String text, Set<String> lookedUp) {
        if (mayDeclareJpaType(text)) {
            return true;
        }
        Matcher m = DECLARED.matcher(text);
        while (m.find()) {
            if (lookedUp.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The types parsed: every JPA type, and the other types looked up so far. */
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
