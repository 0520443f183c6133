package dev.strata.jpa;

import dev.strata.format.ModelJson;
import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.SchemaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** model -> generate -> read back gives the part of the model that JPA can express, byte-identical on repeat. */
class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void postgresModelComesBack() {
        assertRoundTrip(RichModels.postgres(), "public", NamingStrategy.JPA);
    }

    @Test
    void postgresModelComesBackUnderSpringNaming() {
        assertRoundTrip(RichModels.postgres(), "public", NamingStrategy.SPRING);
    }

    @Test
    void mysqlModelComesBack() {
        assertRoundTrip(RichModels.mysql(), "shop", NamingStrategy.JPA);
    }

    @Test
    void sqliteModelComesBack() {
        assertRoundTrip(RichModels.sqlite(), "main", NamingStrategy.JPA);
    }

    @Test
    void generatingTwiceGivesIdenticalFilesAndWritesNothing() throws IOException {
        GeneratorOptions options = GeneratorOptions.of("com.acme.shop");
        GenerationResult first = Entities.generate(RichModels.postgres(), dir, options);
        Map<String, String> before = snapshot(dir);
        GenerationResult second = Entities.generate(RichModels.postgres(), dir, options);
        assertThat(first.written()).isEqualTo(first.files().size()).isGreaterThan(4);
        assertThat(second.written()).isZero();
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void omissionsNameViewsAndTablesWithoutKeys() {
        GenerationResult result = Entities.generate(RichModels.postgres(), dir, GeneratorOptions.of("com.acme.shop"));
        assertThat(result.omissions()).anySatisfy(o -> assertThat(o.object()).isEqualTo("view public.big_orders"));
        assertThat(result.omissions()).anySatisfy(o -> assertThat(o.object()).isEqualTo("table public.audit_log"));
    }

    private void assertRoundTrip(SchemaModel model, String schema, NamingStrategy naming) {
        Entities.generate(model, dir, GeneratorOptions.of("com.acme.shop").withNaming(naming));
        SchemaModel back = Entities.read(dir, model.dialect(), schema, naming);
        debug(model.dialect() + "-" + naming.id(), ModelJson.write(back), ModelJson.write(Entities.expressible(model)));
        assertThat(ModelJson.write(back)).isEqualTo(ModelJson.write(Entities.expressible(model)));
        assertThat(back).isEqualTo(Entities.expressible(model));
    }

    /** Leaves both sides under target/ for a readable diff when the round trip fails. */
    private static void debug(String name, String actual, String expected) {
        try {
            Path out = Path.of("target", "roundtrip");
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + "-actual.json"), actual);
            Files.writeString(out.resolve(name + "-expected.json"), expected);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
