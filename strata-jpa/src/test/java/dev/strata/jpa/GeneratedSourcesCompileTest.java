package dev.strata.jpa;

import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.model.SchemaModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated entities compile without warnings against jakarta.persistence-api and hibernate-core. */
class GeneratedSourcesCompileTest {
    static List<SchemaModel> models() {
        return List.of(RichModels.postgres(), RichModels.mysql(), RichModels.sqlite(), awkwardNames());
    }

    /** Tables named like the types generated code uses, and columns named like Java keywords. */
    static SchemaModel awkwardNames() {
        java.util.List<dev.strata.model.Table> tables = new java.util.ArrayList<>();
        for (String name : List.of("comments", "strings", "index", "class", "lists")) {
            tables.add(RichModels.table("main", name, List.of(
                    RichModels.col("id", "INTEGER", dev.strata.model.DataType.of(dev.strata.model.DataType.Kind.INTEGER),
                            false, null, null, null),
                    RichModels.col("class", "TEXT", dev.strata.model.DataType.of(dev.strata.model.DataType.Kind.TEXT),
                            true, null, null, null),
                    RichModels.col("comment_id", "INTEGER",
                            dev.strata.model.DataType.of(dev.strata.model.DataType.Kind.INTEGER), true, null, null, null)),
                    RichModels.pk(null, "id"),
                    List.of(RichModels.fk(null, List.of("comment_id"), "main", "comments", List.of("id"), "NO ACTION")),
                    List.of(), List.of(), List.of(), null));
        }
        return new SchemaModel("sqlite", List.of(new dev.strata.model.Schema("main", null, null, List.of(), tables,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of())), List.of(), List.of());
    }

    @ParameterizedTest
    @MethodSource("models")
    void compiles(SchemaModel model) throws IOException {
        Path root = Path.of("target", "generated-entities", model.dialect() + model.schemas().get(0).tables().size());
        Entities.generate(model, root.resolve("src"), GeneratorOptions.of("com.acme.shop"));
        assertThat(Compiler.compile(root.resolve("src"), root.resolve("classes"))).isEmpty();
    }
}
