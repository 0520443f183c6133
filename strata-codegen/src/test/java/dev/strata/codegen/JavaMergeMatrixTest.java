package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every customization users make to a generated entity, crossed with every change the database makes to it, merged
 * by {@link JavaMerge}: no conflict where the two touch different members, the user's edit and the database's change
 * both in the result, which javac compiles, and a second merge with the same generation changes no byte. The one
 * cell where both change the same attribute ({@code @Column(length)}) is a conflict around that field alone.
 */
class JavaMergeMatrixTest {
    private static final String BASE = OrderEntity.BASE.source();
    private static final Set<String> TRUE_CONFLICTS = Set.of("changed @Column(length) x widened type");
    private static final List<String> TABLE = new ArrayList<>();

    @TempDir
    Path work;

    /** A user's edit of the generated entity and the text that shows it survived. */
    record Customization(String name, UnaryOperator<String> edit, List<String> kept, List<String> gone) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A database change: the new generation, and what shows it landed. */
    record Change(String name, OrderEntity generation, List<String> present, List<String> absent) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Customization> customizations() {
        return List.of(
                new Customization("method at the end", s -> beforeLastBrace(s, "\n    public String label() {\n"
                        + "        return orderId + \" \" + shipName;\n    }\n"),
                        List.of("    public String label() {\n"), List.of()),
                new Customization("method between getters", s -> replace(s, "        return shipName;\n    }\n",
                        "        return shipName;\n    }\n\n    public boolean hasShipName() {\n"
                                + "        return shipName != null;\n    }\n"),
                        List.of("        return shipName;\n    }\n\n    public boolean hasShipName() {"), List.of()),
                new Customization("extra annotation on a field", s -> replace(replace(s,
                        "    @Column(name = \"ship_name\"", "    @NotBlank\n    @Column(name = \"ship_name\""),
                        "import jakarta.persistence.Table;\n",
                        "import jakarta.persistence.Table;\nimport jakarta.validation.constraints.NotBlank;\n"),
                        List.of("    @NotBlank\n    @Column(name = \"ship_name\"",
                                "import jakarta.validation.constraints.NotBlank;\n"), List.of()),
                new Customization("changed @Column(length)", s -> replace(s, "\"ship_name\", length = 40",
                        "\"ship_name\", length = 60"), List.of("\"ship_name\", length = 60"), List.of()),
                new Customization("field renamed to alias its column", s -> s.replace("orderDate", "placedOn")
                        .replace("OrderDate", "PlacedOn"),
                        List.of("    @Column(name = \"order_date\")\n    private LocalDate placedOn;\n",
                                "public LocalDate getPlacedOn()"), List.of("orderDate")),
                new Customization("Javadoc on class and field", s -> replace(replace(s,
                        "/** The {@code orders} table. */", "/** Orders customers placed. */"),
                        "    @Column(name = \"ship_name\"", "    /** Where the order goes. */\n"
                                + "    @Column(name = \"ship_name\""),
                        List.of("/** Orders customers placed. */\n@Entity", "    /** Where the order goes. */\n"),
                        List.of()),
                new Customization("extra import", s -> replace(s, "import java.time.LocalDate;\n",
                        "import java.time.LocalDate;\nimport java.util.Objects;\n"),
                        List.of("import java.util.Objects;\n"), List.of()),
                new Customization("field initializer", s -> replace(s, "private String status;",
                        "private String status = \"NEW\";"), List.of("private String status = \"NEW\";"), List.of()),
                new Customization("implements Serializable", s -> replace(s, "public class Order {\n",
                        "public class Order implements java.io.Serializable {\n"
                                + "    private static final long serialVersionUID = 1L;\n\n"),
                        List.of("public class Order implements java.io.Serializable {\n"
                                + "    private static final long serialVersionUID = 1L;\n\n"), List.of()),
                new Customization("equals/hashCode/toString", s -> beforeLastBrace(replace(s,
                        "import java.time.LocalDate;\n", "import java.time.LocalDate;\nimport java.util.Objects;\n"),
                        EQUALS_HASH_CODE_TO_STRING), List.of(EQUALS_HASH_CODE_TO_STRING), List.of()),
                new Customization("members reordered", JavaMergeMatrixTest::quantityAccessorsFirst,
                        List.of("public class Order {\n    public ", "\n    @Id\n"), List.of()),
                new Customization("generated getter deleted", s -> replace(s,
                        "\n    public LocalDate getRequiredDate() {\n        return requiredDate;\n    }\n", ""),
                        List.of(), List.of("getRequiredDate")));
    }

    static List<Change> changes() {
        OrderEntity base = OrderEntity.BASE;
        return List.of(
                new Change("add column", base.withFreight(true), List.of("    private BigDecimal freight;\n",
                        "import java.math.BigDecimal;\n", "public BigDecimal getFreight()"), List.of()),
                new Change("drop column", base.withRequiredDate(false), List.of(), List.of("requiredDate")),
                new Change("FK to the entity", base.withOrderLines(true), List.of(
                        "    private List<OrderLine> orderLines = new ArrayList<>();\n", "import java.util.List;\n",
                        "public List<OrderLine> getOrderLines()"), List.of()),
                new Change("referenced table dropped", base.withCustomer(false), List.of(),
                        List.of("Customer", "ManyToOne", "customer_id")),
                new Change("column renamed", base.withCity("shipTown", "ship_town"),
                        List.of("    @Column(name = \"ship_town\", length = 15)\n    private String shipTown;\n",
                                "public String getShipTown()"), List.of("shipCity", "ship_city")),
                new Change("widened type", base.widened(), List.of("    private Long quantity;\n",
                        "public Long getQuantity()", "public void setQuantity(Long quantity)"),
                        List.of("Integer quantity")),
                new Change("new index", base.withIndex(true), List.of("@Table(name = \"orders\", indexes = @Index(",
                        "import jakarta.persistence.Index;\n"), List.of()),
                new Change("new table", base, List.of(), List.of()));
    }

    static Stream<Arguments> cells() {
        return customizations().stream().flatMap(c -> changes().stream().map(d -> Arguments.of(c, d)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("cells")
    void theEditAndTheChangeBothLand(Customization customization, Change change) throws Exception {
        String ours = customization.edit().apply(BASE);
        String theirs = change.generation().source();
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, theirs);
        String cell = customization + " x " + change;
        TABLE.add(String.format("| %-35s | %-25s | %s |", customization, change,
                outcome.hasConflicts() ? "conflict: " + outcome.conflicts() : "clean"));

        assertThat(outcome.lineMerged()).isEmpty();
        if (TRUE_CONFLICTS.contains(cell)) {
            assertThat(outcome.conflicts()).extracting(JavaMerge.Conflict::what)
                    .containsExactly("field shipName: you and strata both changed it, differently");
            assertThat(outcome.text()).contains("<<<<<<< yours\n    @Column(name = \"ship_name\", length = 60)\n"
                    + "    private String shipName;\n=======\n    @Column(name = \"ship_name\", length = 80)\n"
                    + "    private String shipName;\n>>>>>>> strata\n");
            return;
        }
        assertThat(outcome.conflicts()).as(cell).isEmpty();
        String merged = outcome.text();
        customization.kept().forEach(k -> assertThat(merged).as(cell).contains(k));
        customization.gone().forEach(k -> assertThat(merged).as(cell).doesNotContain(k));
        change.present().forEach(k -> assertThat(merged).as(cell).contains(k));
        change.absent().forEach(k -> assertThat(merged).as(cell).doesNotContain(k));
        assertThat(JavaCompilation.compile(Map.of("com/example/shop/Order.java", merged,
                "com/example/shop/Customer.java", CUSTOMER, "com/example/shop/OrderLine.java", ORDER_LINE), work))
                .as(cell + "\n" + merged).isEmpty();

        JavaMerge.Outcome again = JavaMerge.merge(theirs, merged, theirs);
        assertThat(again.text()).as("a second rebuild changes no byte").isEqualTo(merged);
        assertThat(again.conflicts()).isEmpty();
    }

    @AfterAll
    static void printTable() {
        System.out.println("| customization | database change | merge |\n|---|---|---|");
        TABLE.forEach(System.out::println);
    }

    private static final String EQUALS_HASH_CODE_TO_STRING = """

                @Override
                public boolean equals(Object o) {
                    return o instanceof Order other && Objects.equals(orderId, other.orderId);
                }

                @Override
                public int hashCode() {
                    return Objects.hashCode(orderId);
                }

                @Override
                public String toString() {
                    return "Order " + orderId;
                }
            """;

    private static final String CUSTOMER = """
            package com.example.shop;

            @jakarta.persistence.Entity
            public class Customer {
                @jakarta.persistence.Id
                private Integer id;
            }
            """;

    private static final String ORDER_LINE = """
            package com.example.shop;

            @jakarta.persistence.Entity
            public class OrderLine {
                @jakarta.persistence.Id
                private Integer id;

                @jakarta.persistence.ManyToOne
                private Order order;
            }
            """;

    /** The quantity getter and setter moved to the top of the class, before the fields. */
    private static String quantityAccessorsFirst(String s) {
        int begin = s.indexOf("\n    public Integer getQuantity()");
        int end = s.indexOf("\n    public String getStatus()");
        String accessors = s.substring(begin + 1, end);
        return replace(s.substring(0, begin) + s.substring(end), "public class Order {\n",
                "public class Order {\n" + accessors + "\n");
    }

    static String replace(String s, String from, String to) {
        assertThat(s).contains(from);
        return s.replace(from, to);
    }

    static String beforeLastBrace(String s, String text) {
        int at = s.lastIndexOf('}');
        return s.substring(0, at) + text + s.substring(at);
    }
}
