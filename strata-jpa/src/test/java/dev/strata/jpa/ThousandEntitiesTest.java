package dev.strata.jpa;

import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generating and reading 1,000 entities in-process, timed (best of three after a warm-up, as a long-running
 * build tool or a second CLI invocation would see it). Figures go to target/jpa-1000-entities.txt.
 */
class ThousandEntitiesTest {
    @TempDir
    Path dir;

    @Test
    void generateAndReadAThousandEntities() throws IOException {
        SchemaModel model = thousandTables();
        GeneratorOptions options = GeneratorOptions.of("com.example.big");
        long coldGenerate = time(() -> Entities.generate(model, dir, options));
        long pure = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            pure = Math.min(pure, time(() -> new dev.strata.jpa.generate.EntityGenerator(options).generate(model)));
        }
        long coldRead = time(() -> Entities.read(dir, "postgresql", "public", NamingStrategy.JPA));
        long generate = Long.MAX_VALUE;
        long read = Long.MAX_VALUE;
        long rewrite = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Path fresh = dir.resolve("run" + i);
            generate = Math.min(generate, time(() -> Entities.generate(model, fresh, options)));
            rewrite = Math.min(rewrite, time(() -> Entities.generate(model, fresh, options)));
            read = Math.min(read, time(() -> Entities.read(fresh, "postgresql", "public", NamingStrategy.JPA)));
        }
        assertThat(Entities.read(dir.resolve("run0"), "postgresql", "public", NamingStrategy.JPA))
                .isEqualTo(Entities.expressible(model));
        Files.writeString(Path.of("target", "jpa-1000-entities.txt"), String.format(
                "1,000 entities (1,000 tables, 8,000 columns, 999 foreign keys, 1,000 indexes), in-process, ms%n"
                        + "generate+write cold %d, warm %d (of which generating the text %d); unchanged rewrite %d; read cold %d, warm %d%n",
                coldGenerate, generate, pure, rewrite, coldRead, read));
        // Guards against a complexity regression, loose enough for a busy 2-core CI machine; see the figures file.
        assertThat(generate).isLessThan(3000);
        assertThat(read).isLessThan(6000);
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    static SchemaModel thousandTables() {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String name = String.format("table_%04d", i);
            List<Column> columns = new ArrayList<>();
            columns.add(new Column("id", "bigint", DataType.of(Kind.BIGINT), false, null,
                    Identity.of(Identity.Kind.BY_DEFAULT), null, null, null, java.util.Map.of()));
            columns.add(RichModels.col("name", "character varying(80)", DataType.sized(Kind.VARCHAR, 80), false, null, null, null));
            columns.add(RichModels.col("note", "text", DataType.of(Kind.TEXT), true, null, null, "free text"));
            columns.add(RichModels.col("amount", "numeric(12,2)", DataType.numeric(12, 2), true, "0", null, null));
            columns.add(RichModels.col("created_at", "timestamp(6) with time zone",
                    new DataType(Kind.TIMESTAMP_TZ, null, 6, null, null), false, "now()", null, null));
            columns.add(RichModels.col("active", "boolean", DataType.of(Kind.BOOLEAN), false, "true", null, null));
            columns.add(RichModels.col("token", "uuid", DataType.of(Kind.UUID), true, null, null, null));
            columns.add(RichModels.col("parent_id", "bigint", DataType.of(Kind.BIGINT), true, null, null, null));
            List<ForeignKey> fks = i == 0 ? List.of() : List.of(RichModels.fk(name + "_parent_id_fkey",
                    List.of("parent_id"), "public", String.format("table_%04d", i - 1), List.of("id"), "NO ACTION"));
            tables.add(RichModels.table("public", name, columns, RichModels.pk(name + "_pkey", "id"), fks, List.of(),
                    List.of(), List.of(RichModels.index(name + "_name_idx", false, "name")), null));
        }
        Schema schema = new Schema("public", null, null, List.of(), tables, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new SchemaModel("postgresql", List.of(schema), List.of(), List.of());
    }
}
