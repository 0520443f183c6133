package dev.strata.jpa;

import dev.strata.error.ExitCode;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.jpa.read.EntitySourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Entity sources strata cannot read fail with the file and line, an INPUT exit code, and nothing written. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void fileThatDoesNotParse() throws IOException {
        Path file = write("Broken.java", "package p;\n\nimport jakarta.persistence.Entity;\n\n@Entity\n"
                + "public class Broken {\n    private Long id\n}\n");
        EntitySourceException e = read();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(e.getMessage()).startsWith(file + ":7: does not parse as Java");
    }

    @Test
    void unknownFieldType() throws IOException {
        Path file = write("Wallet.java", "package p;\n\nimport jakarta.persistence.*;\n\n@Entity\npublic class Wallet {\n"
                + "    @Id\n    private Long id;\n\n    private Money balance;\n}\n");
        EntitySourceException e = read();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.getMessage()).contains("'balance' has type Money").contains("@Transient");
    }

    @Test
    void twoEntitiesOnOneTable() throws IOException {
        write("A.java", "package p;\n\nimport jakarta.persistence.*;\n\n@Entity\n@Table(name = \"things\")\n"
                + "public class A {\n    @Id\n    private Long id;\n}\n");
        Path b = write("B.java", "package p;\n\nimport jakarta.persistence.*;\n\n@Entity(name = \"things\")\n"
                + "public class B {\n    @Id\n    private Long id;\n}\n");
        EntitySourceException e = read();
        assertThat(e.file()).isEqualTo(b);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("A (" + dir.resolve("A.java") + ":5)").contains("both map table public.things");
    }

    @Test
    void relationToAClassThatIsNoEntity() throws IOException {
        Path file = write("Order.java", "package p;\n\nimport jakarta.persistence.*;\n\n@Entity\npublic class Order {\n"
                + "    @Id\n    private Long id;\n\n    @ManyToOne\n    private Customer customer;\n}\n");
        EntitySourceException e = read();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(10);
        assertThat(e.getMessage()).contains("refers to Customer, which is not an @Entity");
    }

    private EntitySourceException read() {
        return catchThrowableOfType(EntitySourceException.class,
                () -> Entities.read(dir, "postgresql", "public", NamingStrategy.JPA));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
