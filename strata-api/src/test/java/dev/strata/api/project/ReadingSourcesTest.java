package dev.strata.api.project;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild keeps its reading of the entities for the project as it leaves it only when that is still the reading
 * of its sources: each source the reading depends on unchanged, and no other that could read differently.
 */
class ReadingSourcesTest {
    private static final Path BOOK = Path.of("src/main/java/app/model/Book.java");
    private static final Path STATUS = Path.of("src/main/java/app/model/Status.java");
    private static final Path DTO = Path.of("src/main/java/app/dto/BookResponse.java");
    private static final String BOOK_TEXT = "@Entity class Book { @Id Long id; Status status; }";
    private static final String STATUS_TEXT = "enum Status { OPEN }";
    private static final String DTO_TEXT = "record BookResponse(Long id) { }";
    /** As the reader says: a JPA type, or a declaration of the one name looked up (Status). */
    private static final Predicate<String> DEPENDS_ON = t -> t.contains("@Entity") || t.contains("enum Status")
            || t.contains("record Status");

    private final ReadingSources read = ReadingSources.of(List.of(BOOK, STATUS), List.of(BOOK_TEXT, STATUS_TEXT),
            ReadModelsCache.hashes(List.of(BOOK_TEXT, STATUS_TEXT)), DEPENDS_ON);

    @Test
    void theSourcesAsReadWithDtosWrittenSinceAreTheReadings() {
        assertThat(readingOf(List.of(BOOK, STATUS), List.of(BOOK_TEXT, STATUS_TEXT))).isTrue();
        assertThat(readingOf(List.of(DTO, BOOK, STATUS), List.of(DTO_TEXT, BOOK_TEXT, STATUS_TEXT))).isTrue();
        assertThat(readingOf(List.of(BOOK.toAbsolutePath(), STATUS), List.of(BOOK_TEXT, STATUS_TEXT)))
                .as("the same file, however spelled").isTrue();
    }

    @Test
    void aSourceTheReadingDependsOnEditedOrDeletedSinceIsNot() {
        assertThat(readingOf(List.of(BOOK, STATUS), List.of(BOOK_TEXT.replace("Long", "Integer"), STATUS_TEXT)))
                .as("an entity saved while the rebuild ran").isFalse();
        assertThat(readingOf(List.of(BOOK), List.of(BOOK_TEXT))).as("the enum deleted").isFalse();
    }

    @Test
    void anotherSourceThatCouldReadDifferentlyIsNot() {
        List<Path> files = new ArrayList<>(List.of(BOOK, STATUS, DTO));
        assertThat(readingOf(files, List.of(BOOK_TEXT, STATUS_TEXT, "record Status(String code) { }")))
                .as("a file written since declares a name the reading looked up").isFalse();
        assertThat(readingOf(files, List.of(BOOK_TEXT, STATUS_TEXT, "@Entity class Shelf { @Id Long id; }")))
                .as("a new entity").isFalse();
    }

    private boolean readingOf(List<Path> files, List<String> texts) {
        return read.readingOf(files, texts, ReadModelsCache.hashes(texts));
    }
}
