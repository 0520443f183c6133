package dev.strata.jpa;

import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.Column;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Mappings the Spring-style model does not use, each read as Hibernate 6 maps it onto PostgreSQL. */
class ReaderMappingsTest {
    @TempDir
    Path dir;

    @Test
    void tablePerClassGivesEveryConcreteClassAllInheritedColumns() throws IOException {
        write("Animal", "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)\n"
                + "public abstract class Animal { @Id private Long id; private String name; }");
        write("Dog", "@Entity public class Dog extends Animal { private boolean goodBoy; }");
        SchemaModel m = read();
        assertThat(columns(m, "Dog")).containsExactly("id", "name", "goodboy");
        assertThat(m.table(QualifiedName.of("public", "animal"))).isEmpty();
        assertThat(m.table(QualifiedName.of("public", "dog")).orElseThrow().foreignKeys()).isEmpty();
    }

    @Test
    void embeddedIdFormsTheKeyInTheEmbeddablesOrder() throws IOException {
        write("LineId", "@Embeddable public class LineId implements java.io.Serializable {"
                + " private Long orderId; private Integer lineNo; }");
        write("Line", "@Entity public class Line { @EmbeddedId private LineId id; private int quantity; }");
        Table line = read().table(QualifiedName.of("public", "line")).orElseThrow();
        assertThat(line.primaryKey().columns()).containsExactly("orderid", "lineno");
        assertThat(line.column("quantity").orElseThrow().nullable()).isFalse();
    }

    @Test
    void unidirectionalOneToManyWithJoinColumnPutsTheForeignKeyOnTheMany() throws IOException {
        write("Basket", "@Entity public class Basket { @Id private Long id;\n"
                + " @OneToMany @JoinColumn(name = \"basket_id\") private java.util.List<Fruit> fruits; }");
        write("Fruit", "@Entity public class Fruit { @Id private Long id; }");
        Table fruit = read().table(QualifiedName.of("public", "fruit")).orElseThrow();
        assertThat(fruit.column("basket_id").orElseThrow().type()).isEqualTo("bigint");
        assertThat(fruit.foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable().name()).isEqualTo("basket"));
    }

    @Test
    void sequenceLobOrdinalEnumAndConvertedTypes() throws IOException {
        write("Level", "public enum Level { LOW, HIGH }");
        write("Doc", "@Entity public class Doc {\n"
                + " @Id @GeneratedValue @SequenceGenerator(name = \"d\", sequenceName = \"doc_ids\", allocationSize = 1)"
                + " private Long id;\n @Lob private String body;\n private Level level;\n"
                + " @Column(columnDefinition = \"tsvector\") @Convert(converter = Object.class) private Object search;\n"
                + " @Temporal(TemporalType.DATE) private java.util.Date issued; }");
        SchemaModel m = read();
        Table doc = m.table(QualifiedName.of("public", "doc")).orElseThrow();
        assertThat(doc.column("body").orElseThrow().type()).isEqualTo("oid");
        assertThat(doc.column("level").orElseThrow().type()).isEqualTo("smallint");
        assertThat(doc.column("search").orElseThrow().type()).isEqualTo("tsvector");
        assertThat(doc.column("issued").orElseThrow().type()).isEqualTo("date");
        assertThat(m.schemas().get(0).sequences()).singleElement()
                .satisfies(s -> assertThat(s.options().increment()).isEqualTo(1));
    }

    /**
     * Files that cannot declare a JPA type are parsed only when a type of theirs is looked up: the first declaration
     * in file order still wins among them, and an entity wins over a DTO of its name.
     */
    @Test
    void typesOfFilesWithoutJpaAreFoundInFileOrder() throws IOException {
        plain("a/Status", "package a;\n\npublic enum Status { NEW, DONE }\n");
        plain("a/Ticket", "package a;\n\npublic record Ticket(Long id, String status) {\n}\n");
        plain("b/Status", "package b;\n\npublic enum Status { OTHER }\n");
        plain("c/Broken", "package c;\n\npublic class Broken {\n");
        write("Ticket", "@Entity public class Ticket { @Id private Long id;\n"
                + " @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) private Status status; }");
        SchemaModel m = read();
        assertThat(columns(m, "Ticket")).containsExactly("id", "status");
        assertThat(m.schemas().get(0).enums()).singleElement()
                .satisfies(e -> assertThat(e.values()).containsExactly("NEW", "DONE"));
    }

    private void plain(String path, String text) throws IOException {
        Path file = dir.resolve(path + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private SchemaModel read() {
        return Entities.read(dir, "postgresql", "public", NamingStrategy.JPA);
    }

    private static java.util.List<String> columns(SchemaModel m, String table) {
        return m.table(QualifiedName.of("public", table.toLowerCase(java.util.Locale.ROOT))).orElseThrow().columns()
                .stream().map(Column::name).toList();
    }

    private void write(String name, String body) throws IOException {
        Files.writeString(dir.resolve(name + ".java"), "package p;\n\nimport jakarta.persistence.*;\n\n" + body + "\n");
    }
}
