package dev.strata.jpa.read;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CallablesTest {
    private static final String TRICKY = """
            package p;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "t", indexes = { @Index(name = "ix", columnList = "a") })
            public class T extends Base<String> implements Cloneable {
                @Id
                private Long id;
                private String brace = "}{";
                private char open = '{';
                private char quote = '\\'';
                private String block = \"""
                    } { \\\""" }
                    \""";
                private Runnable lambda = () -> { System.out.println("kept"); };
                private Object anonymous = new Object() { public String toString() { return "kept"; } };
                private int[] numbers = {1, 2};

                public T() { this.id = 1L; }

                // a comment with a brace {
                /* and another } */
                @Override
                public String toString() { return "{" + id; }

                public <X> X get(Class<X> type) throws IllegalStateException, java.io.IOException {
                    if (id == null) { throw new IllegalStateException(); }
                    return null;
                }

                void withAnnotatedParameter(@Deprecated(since = "1") String s) { s.length(); }

                static { System.out.println("initializer kept"); }

                enum Status { ON("x") { @Override String label() { return "on"; } }, OFF("y");
                    private final String code;
                    Status(String code) { this.code = code; }
                    String label() { return code; }
                }

                record Pair(int a, int b) {
                    static final int KEPT = 1;
                    Pair { if (a > b) { throw new IllegalArgumentException(); } }
                    int sum() { return a + b; }
                }

                interface Named { default String name() { return "n"; } String other(); }
            }
            """;

    @Test
    void blanksOnlyMethodsAndConstructorsKeepingEveryPosition() {
        String blanked = Callables.blanked(TRICKY);

        assertThat(blanked).hasSameSizeAs(TRICKY);
        assertThat(blanked.lines().count()).isEqualTo(TRICKY.lines().count());
        assertThat(blanked).doesNotContain("this.id = 1L", "return \"{\" + id", "throw new IllegalStateException()",
                "s.length()", "return \"on\"", "this.code = code", "return code", "return a + b", "return \"n\"",
                "@Override", "a comment with a brace", "withAnnotatedParameter", "int sum()", "get(");
        assertThat(blanked).contains("private String brace = \"}{\";", "private char open = '{';",
                "System.out.println(\"kept\")", "return \"kept\"", "initializer kept", "static final int KEPT = 1;",
                "throw new IllegalArgumentException()", "String other();", "} { \\\"\"\" }", "ON(\"x\") {",
                "OFF(\"y\");", "private final String code;", "record Pair(int a, int b) {", "Pair {");
        assertThat(parse(blanked).getProblems()).as(blanked).isEmpty();
    }

    /** JavaParser makes a token of every space but of a whole comment only one: a blanked method is one comment. */
    @Test
    void aBlankedMethodIsOneCommentWithItsLineBreaks() {
        String text = "class A {\n    int f() {\n        return 1;\n    }\n}";

        String blanked = Callables.blanked(text);

        assertThat(blanked).isEqualTo("class A {\n/*" + " ".repeat(11) + "\n" + " ".repeat(17) + "\n   */\n}");
        assertThat(parse(blanked).getCommentsCollection().orElseThrow().size()).isEqualTo(1);
    }

    @Test
    void textTheScanCannotFollowComesBackAsWritten() {
        for (String text : List.of("class A { void f() { \"unterminated }", "class A { void f() { }", "} class A {}",
                "class A { /* open comment")) {
            assertThat(Callables.blanked(text)).isEqualTo(text);
        }
    }

    /**
     * Every Java source of this repository (over a thousand files of Java 17: records, text blocks, enums with
     * bodies, lambdas, anonymous classes) keeps, once blanked, the same declarations at the same positions.
     */
    @Test
    void everyDeclarationOfThisRepositoryIsReadTheSameBlanked() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
            sources = walk.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/"))
                    .sorted().toList();
        }
        assertThat(sources).hasSizeGreaterThan(500);
        int blankedFiles = 0;
        for (Path source : sources) {
            String text = Files.readString(source);
            String blanked = Callables.blanked(text);
            assertThat(blanked).as(source.toString()).hasSameSizeAs(text);
            ParseResult<CompilationUnit> original = parse(text);
            if (!original.isSuccessful()) {
                continue;
            }
            blankedFiles += blanked.equals(text) ? 0 : 1;
            ParseResult<CompilationUnit> read = parse(blanked);
            assertThat(read.isSuccessful()).as(source + " parses blanked").isTrue();
            assertThat(declarations(read.getResult().orElseThrow()))
                    .as(source.toString()).isEqualTo(declarations(original.getResult().orElseThrow()));
        }
        assertThat(blankedFiles).isGreaterThan(500);
    }

    /** What the mapping can see of a tree: every declaration but callables and initializers, with its position. */
    private static List<String> declarations(CompilationUnit unit) {
        unit.findAll(Node.class).stream()
                .filter(n -> n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration)
                .filter(n -> n.getParentNode().isPresent())
                .forEach(Node::remove);
        unit.findAll(EnumConstantDeclaration.class).forEach(c -> c.getClassBody().clear());
        List<String> seen = new ArrayList<>();
        unit.walk(n -> seen.add(n.getClass().getSimpleName() + n.getRange().map(Object::toString).orElse("")));
        seen.add(unit.toString());
        return seen;
    }

    private static ParseResult<CompilationUnit> parse(String text) {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setAttributeComments(false)).parse(text);
    }
}
