package dev.strata.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaTest {
    /** The lookup by name (a binary search over the sorted tables) finds what a scan finds, the first of equals. */
    @Test
    void aTableIsFoundByNameAsAScanFindsIt() {
        List<String> names = new ArrayList<>(List.of("orders", "Orders", "order_items", "Ärger", "_t", "t_00001",
                "t_00010", "t_0001", "a b", "z"));
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            names.add("t_" + random.nextInt(2000));
        }
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            tables.add(Table.named(QualifiedName.of("public", names.get(i))).withComment("table " + i));
        }
        Schema schema = Schema.empty("public").withTables(tables);

        List<String> wanted = new ArrayList<>(names);
        wanted.addAll(List.of("missing", "", "t_", "ORDERS", "t_99999"));
        for (String name : wanted) {
            assertThat(schema.table(name)).as(name)
                    .isEqualTo(schema.tables().stream().filter(t -> t.name().name().equals(name)).findFirst());
        }
        assertThat(schema.table("orders")).get().extracting(Table::comment).isEqualTo("table 0");
        assertThat(schema.table("missing")).isEmpty();
        assertThat(schema.table(null)).isEmpty();
    }
}
