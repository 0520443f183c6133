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
        return List.of(RichModels.postgres(), RichModels.mysql(), RichModels.sqlite());
    }

    @ParameterizedTest
    @MethodSource("models")
    void compiles(SchemaModel model) throws IOException {
        Path root = Path.of("target", "generated-entities", model.dialect());
        Entities.generate(model, root.resolve("src"), GeneratorOptions.of("com.acme.shop"));
        assertThat(Compiler.compile(root.resolve("src"), root.resolve("classes"))).isEmpty();
    }
}
