package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.inspect.InspectOptions;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.Schemas;
import dev.strata.testkit.SqliteFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document written in pieces on every core is the one-pass text, byte for byte. */
class YamlTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratedDocumentsOfEveryCorpusSchemaOnSqlite() {
        List<Corpus.Case> schemas = Corpus.schemas("sqlite");
        assertThat(schemas).isNotEmpty();
        for (Corpus.Case schema : schemas) {
            Path database = SqliteFiles.fresh(dir, schema.name());
            SqliteFiles.load(database, schema.files().toArray(Path[]::new));
            SchemaModel model = Schemas.inspect(SqliteFiles.url(database), InspectOptions.ALL, Progress.NONE);
            EntityModel entities = SchemaEntities.derive(model);
            assertThat(entities.entities()).as(schema.name()).isNotEmpty();
            assertWrittenAlike(new OpenApiGenerator(schema.name(), "1").document(entities));
            assertWrittenAlike(new AdminGenerator(schema.name()).document(entities));
        }
    }

    @Test
    void theMusicSchemasDocuments() {
        for (SchemaModel schema : List.of(MusicSchema.original(), MusicSchema.changed(), MusicSchema.withoutGenre())) {
            EntityModel entities = SchemaEntities.derive(schema);
            assertWrittenAlike(new OpenApiGenerator("Music", "1.0.0").document(entities));
            assertWrittenAlike(new AdminGenerator("Music").document(entities));
        }
    }

    /** What could make a piece's text differ: keys and values that need quotes, folding, nesting, emptiness. */
    @Test
    void awkwardKeysAndValues() {
        Map<String, Object> many = Yaml.map();
        for (int i = 0; i < 100; i++) {
            many.put("key " + i, i % 3 == 0 ? List.of(i, "x: y", Map.of()) : Yaml.map("n", String.valueOf(i)));
        }
        String longKey = "k".repeat(140);
        Map<String, Object> document = Yaml.map(
                "plain", "value",
                "empty", Map.of(),
                "emptyList", List.of(),
                "quoted: key", Yaml.map("'single'", "\"double\"", "#hash", "- dash", "007", "true"),
                longKey, many,
                "multi\nline key", many,
                "folded", Yaml.map("text", "word ".repeat(60).strip(), "lines", "one\ntwo\n\nthree\n"),
                "deep", Yaml.map("one", Yaml.map("two", Yaml.map("three", Yaml.map("four", many)))),
                "many", many,
                "list", List.of(Yaml.map("a", 1, "b", List.of(1, 2)), "s", List.of(List.of("nested"))),
                "last", "scalar");
        assertWrittenAlike(document);
    }

    @Test
    void aDocumentThatIsNotAMapOrIsEmpty() {
        assertThat(Yaml.write(List.of("a", Yaml.map("b", "c")))).isEqualTo(Yaml.writeWhole(List.of("a",
                Yaml.map("b", "c"))));
        assertThat(Yaml.write(Yaml.map())).isEqualTo(Yaml.writeWhole(Yaml.map())).isEqualTo("{}\n");
    }

    private static void assertWrittenAlike(Object document) {
        String whole = Yaml.writeWhole(document);
        assertThat(whole.lines().count()).isGreaterThan(1);
        assertThat(Yaml.write(document)).isEqualTo(whole);
        Map<String, Object> wrapped = Yaml.map("wrapped", document);   // one level deeper: other columns
        assertThat(Yaml.write(wrapped)).isEqualTo(Yaml.writeWhole(wrapped));
    }
}
