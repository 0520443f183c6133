package dev.strata.jpa.read;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.SimpleName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

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
}
