package dev.strata.codegen;

import static dev.strata.codegen.JavaMergeMatrixTest.beforeLastBrace;
import static dev.strata.codegen.JavaMergeMatrixTest.replace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The member-level merge of Java sources, case by case; {@link JavaMergeMatrixTest} crosses the common ones. */
class JavaMergeTest {
    private static final OrderEntity ENTITY = OrderEntity.BASE;
    private static final String BASE = ENTITY.source();
    private static final String LABEL = "\n    public String label() {\n        return orderId + \" \" + shipName;\n    }\n";

    @Test
    void aGetterTheUserEditedOfADroppedColumnIsTheOnlyConflict() {
        String ours = replace(BASE, "        return requiredDate;\n", "        return requiredDate == null ? orderDate : requiredDate;\n");
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, ENTITY.withRequiredDate(false).withFreight(true).source());

        assertThat(outcome.conflicts()).extracting(JavaMerge.Conflict::what)
                .containsExactly("method getRequiredDate(): the database no longer has it, and you changed it");
        String merged = outcome.text();
        assertThat(merged).contains("<<<<<<< yours\n    public LocalDate getRequiredDate() {\n"
                + "        return requiredDate == null ? orderDate : requiredDate;\n    }\n=======\n>>>>>>> strata\n");
        assertThat(merged).doesNotContain("private LocalDate requiredDate;").doesNotContain("setRequiredDate")
                .contains("    private BigDecimal freight;\n");
        int line = outcome.conflicts().get(0).line();
        assertThat(merged.lines().skip(line - 1).findFirst()).contains("<<<<<<< yours");
        assertThat(ThreeWayMerge.hasConflictMarkers(merged)).isTrue();
    }

    @Test
    void differentAttributesOfOneAnnotationBothLand() {
        String ours = replace(BASE, "@Column(name = \"ship_name\", length = 40)",
                "@Column(name = \"ship_name\", length = 40, nullable = false)");
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, ENTITY.widened().source());
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).contains("    @Column(name = \"ship_name\", length = 80, nullable = false)\n"
                + "    private String shipName;\n").contains("    private Long quantity;\n");
    }

    @Test
    void whatNoSideChangedStaysByteForByte() {
        String ours = replace(BASE, "    private String status;\n", "    private   String status;   \n")
                .replace("/** The {@code orders} table. */", "/**\n * The {@code orders} table.\n */");
        assertThat(JavaMerge.merge(BASE, ours, BASE).text()).isEqualTo(ours);
        String withMethod = beforeLastBrace(ours, LABEL);
        assertThat(JavaMerge.merge(BASE, withMethod, BASE).text()).isEqualTo(withMethod);
        String theirs = ENTITY.withFreight(true).source();
        JavaMerge.Outcome merged = JavaMerge.merge(BASE, withMethod, theirs);
        assertThat(merged.text()).contains("    private   String status;   \n", "/**\n * The {@code orders} table.\n */",
                "    private BigDecimal freight;\n");
        assertThat(JavaMerge.merge(theirs, merged.text(), theirs).text()).isEqualTo(merged.text());
    }

    @Test
    void aFileThatDoesNotParseIsMergedLineByLineSayingSo() {
        String ours = replace(BASE, "    private String status;\n", "    private String status\n");
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, ENTITY.withFreight(true).source());
        assertThat(outcome.lineMerged()).hasValueSatisfying(why -> assertThat(why).startsWith("your file does not parse as Java ("));
        assertThat(outcome.text()).contains("    private String status\n", "    private BigDecimal freight;\n");
    }

    @Test
    void crlfFilesStayCrlf() {
        String base = BASE.replace("\n", "\r\n");
        String ours = beforeLastBrace(base, LABEL.replace("\n", "\r\n"));
        String theirs = ENTITY.withFreight(true).withOrderLines(true).source().replace("\n", "\r\n");
        JavaMerge.Outcome outcome = JavaMerge.merge(base, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text().replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(outcome.text()).contains("    private BigDecimal freight;\r\n", "    public String label() {\r\n");
    }

    @Test
    void anImportTheGeneratorDropsStaysWhileTheUsersCodeNamesIt() {
        String base = ENTITY.withFreight(true).source();
        String ours = beforeLastBrace(base, "\n    public BigDecimal total() {\n        return BigDecimal.ZERO;\n    }\n");
        JavaMerge.Outcome outcome = JavaMerge.merge(base, ours, ENTITY.source());
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).contains("import java.math.BigDecimal;\n", "public BigDecimal total()")
                .doesNotContain("freight");
        JavaMerge.Outcome unused = JavaMerge.merge(base, beforeLastBrace(base, LABEL), ENTITY.source());
        assertThat(unused.text()).doesNotContain("BigDecimal");
    }

    @Test
    void aFieldBothAddedAlikeIsTakenOnce() {
        String field = "\n    @Column(name = \"freight\", precision = 10, scale = 2)\n    private BigDecimal freight;\n";
        String ours = replace(replace(BASE, "    private String status;\n", "    private String status;\n" + field),
                "import java.time.LocalDate;\n", "import java.math.BigDecimal;\nimport java.time.LocalDate;\n");
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, ENTITY.withFreight(true).source());
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text().split("private BigDecimal freight;", -1)).hasSize(2);
        assertThat(outcome.text().split("import java.math.BigDecimal;", -1)).hasSize(2);
        assertThat(outcome.text()).contains("public BigDecimal getFreight()");
    }

    @Test
    void aGetterTheUserDeletedStaysDeletedWhenTheGeneratorChangesIt() {
        String ours = replace(BASE, "\n    public Integer getQuantity() {\n        return quantity;\n    }\n", "");
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, ENTITY.widened().source());
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).doesNotContain("getQuantity").contains("public void setQuantity(Long quantity)");
    }

    @Test
    void aNewTableCommentReplacesTheClassJavadocTheUserLeftAlone() {
        String ours = beforeLastBrace(BASE, LABEL);
        String theirs = replace(ENTITY.withIndex(true).source(), "/** The {@code orders} table. */",
                "/** The {@code orders} table: orders customers placed. */");
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).contains("/** The {@code orders} table: orders customers placed. */\n@Entity\n"
                + "@Table(name = \"orders\", indexes = @Index(").contains("public String label()");
    }

    @Test
    void aTypeAnnotationBothChangedDifferentlyIsAConflictOfTheDeclarationAlone() {
        String ours = beforeLastBrace(replace(BASE, "@Table(name = \"orders\")", "@Table(name = \"orders\", schema = \"shop\")"), LABEL);
        String theirs = replace(ENTITY.withFreight(true).source(), "@Table(name = \"orders\")",
                "@Table(name = \"orders\", schema = \"sales\")");
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).extracting(JavaMerge.Conflict::what)
                .containsExactly("class Order: you and strata both changed its declaration, differently");
        assertThat(outcome.text()).contains("<<<<<<< yours\n/** The {@code orders} table. */\n@Entity\n"
                + "@Table(name = \"orders\", schema = \"shop\")\npublic class Order {\n=======\n")
                .contains("    private BigDecimal freight;\n", "public String label()");
    }

    private static final String DTO = """
            package com.example.shop.dto;

            import jakarta.validation.constraints.NotNull;
            import jakarta.validation.constraints.Size;

            /** What a client sends to create an order. */
            public record OrderCreate(
                    @NotNull Integer orderId,
                    @Size(max = 40) String shipName,
                    @Size(max = 15) String shipCity
            ) {
            }
            """;

    @Test
    void recordComponentsMergeByName() {
        String ours = replace(DTO, "@Size(max = 40) String shipName,", "@NotNull @Size(max = 40) String shipName,");
        String theirs = replace(replace(DTO, "@Size(max = 40) String shipName,", "@Size(max = 80) String shipName,"),
                "        @Size(max = 15) String shipCity\n", "        @Size(max = 15) String shipCity,\n"
                        + "        BigDecimal freight\n").replace("import jakarta", "import java.math.BigDecimal;\nimport jakarta");
        theirs = theirs.replace("import java.math.BigDecimal;\nimport jakarta.validation.constraints.NotNull;",
                "import jakarta.validation.constraints.NotNull;");
        theirs = replace(theirs, "package com.example.shop.dto;\n\n", "package com.example.shop.dto;\n\n"
                + "import java.math.BigDecimal;\n");
        JavaMerge.Outcome outcome = JavaMerge.merge(DTO, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).contains("""
                public record OrderCreate(
                        @NotNull Integer orderId,
                        @NotNull @Size(max = 80) String shipName,
                        @Size(max = 15) String shipCity,
                        BigDecimal freight
                ) {
                """).contains("import java.math.BigDecimal;\n");

        String dropped = replace(DTO, "        @Size(max = 40) String shipName,\n", "");
        JavaMerge.Outcome drop = JavaMerge.merge(DTO, replace(DTO, "@NotNull Integer orderId",
                "@NotNull @jakarta.validation.constraints.Positive Integer orderId"), dropped);
        assertThat(drop.conflicts()).isEmpty();
        assertThat(drop.text()).contains("""
                        @NotNull @jakarta.validation.constraints.Positive Integer orderId,
                        @Size(max = 15) String shipCity
                ) {
                """).doesNotContain("shipName");
    }

    private static final String ENUM = """
            package com.example.shop;

            /** The values of the database enum type {@code mood}, in declared order. */
            public enum Mood {
                sad, ok, happy
            }
            """;

    @Test
    void aNewEnumValueLandsBesideTheUsersMethod() {
        String ours = replace(ENUM, "    sad, ok, happy\n", "    sad, ok, happy;\n\n    public boolean good() {\n"
                + "        return this == happy;\n    }\n");
        JavaMerge.Outcome outcome = JavaMerge.merge(ENUM, ours, ENUM.replace("sad, ok, happy", "sad, ok, happy, ecstatic"));
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).contains("    sad, ok, happy, ecstatic;\n\n    public boolean good() {\n");

        JavaMerge.Outcome both = JavaMerge.merge(ENUM, ours.replace("sad, ok, happy;", "sad, ok, happy, meh;"),
                ENUM.replace("sad, ok, happy", "sad, ok, happy, ecstatic"));
        assertThat(both.conflicts()).extracting(JavaMerge.Conflict::what)
                .containsExactly("constants of enum Mood: you and strata both changed them, differently");
        assertThat(both.text()).contains("<<<<<<< yours\n    sad, ok, happy, meh\n=======\n    sad, ok, happy, ecstatic\n"
                + ">>>>>>> strata\n    ;\n");
    }
}
