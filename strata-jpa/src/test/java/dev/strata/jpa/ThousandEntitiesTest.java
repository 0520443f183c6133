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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 entities generated and read back in-process give the model they came from. Nothing here is timed (a timed
 * test fails on a busy machine and proves nothing there): bench/models.sh measures the same work as a user runs it.
 */
class ThousandEntitiesTest {
    @TempDir
    Path dir;

    @Test
    void generateAndReadAThousandEntities() {
        SchemaModel model = thousandTables();
        Entities.generate(model, dir, GeneratorOptions.of("com.example.big"));
        assertThat(Entities.read(dir, "postgresql", "public", NamingStrategy.JPA))
                .isEqualTo(Entities.expressible(model));
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
