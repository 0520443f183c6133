package dev.strata.jpa.read;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.SimpleName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SourceIndexTest {
    private static final String ENTITY = """
            package app;

            import jakarta.persistence.*;

            @Entity
            public class Book {
                @Id
                private Long id;

                @Column(name = "title",
                        length = 200)
                private String title;

                public String getTitle() {
                    return title;
                }
            }
            """;

    /** Only declarations and annotations keep a range once parsed; any other node reports the line around it. */
    @Test
    void aNodeWithoutItsRangeReportsTheLineOfItsDeclaration() {
        SourceType book = SourceIndex.parse(List.of(Path.of("Book.java")), p -> ENTITY).type("Book").orElseThrow();
        FieldDeclaration title = book.declaration().getFieldByName("title").orElseThrow();
        SimpleName name = title.getVariable(0).getName();

        assertThat(book.line()).isEqualTo(5);
        assertThat(book.line(title)).isEqualTo(10);
        assertThat(book.line(title.getAnnotation(0))).isEqualTo(10);
        assertThat(name.getRange()).isEmpty();
        assertThat(book.line(name)).isEqualTo(10);
        assertThat(book.declaration().getMethods()).isEmpty();
    }

    /**
     * A reading depends on the files that may declare a JPA type (parsed up front) and on those declaring a type it
     * looked up by name; a DTO below the same source root that declares neither cannot change it.
     */
    @Test
    void aReadingDependsOnJpaFilesAndOnTheTypesItLookedUp() {
        String status = "package app;\n\npublic enum Status { OPEN, CLOSED }\n";
        SourceIndex index = SourceIndex.parse(List.of(Path.of("Book.java"), Path.of("Status.java")),
                p -> p.toString().equals("Book.java") ? ENTITY : status);
        String dto = "package app.dto;\n\npublic record BookResponse(Long id, String title) {\n}\n";

        assertThat(SourceIndex.dependsOn(dto, index.lookedUp())).isFalse();
        assertThat(SourceIndex.dependsOn(status, index.lookedUp())).as("Status not looked up yet").isFalse();
        assertThat(index.type("Status")).isPresent();
        Set<String> lookedUp = index.lookedUp();
        assertThat(SourceIndex.dependsOn(status, lookedUp)).isTrue();
        assertThat(SourceIndex.dependsOn("package app.dto;\n\npublic record Status(String code) {\n}\n", lookedUp))
                .as("another declaration of a name looked up").isTrue();
        assertThat(SourceIndex.dependsOn(ENTITY.replace("Book", "Shelf"), lookedUp)).as("a JPA type").isTrue();
        assertThat(SourceIndex.dependsOn(dto, lookedUp)).isFalse();
    }
}
