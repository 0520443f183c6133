package dev.strata.api.migrate;

import dev.strata.error.StrataException;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Revisions read from class path locations (a jar and a directory) and from filesystem: locations. */
class MigrationLocationTest {
    private static final String FIRST = RevisionFile.write("aaa111", List.of(), "first", "2026-01-01T00:00:00Z",
            "CREATE TABLE t (id INTEGER);", "DROP TABLE t;");
    private static final String SECOND = RevisionFile.write("bbb222", List.of("aaa111"), "second",
            "2026-01-02T00:00:00Z", "ALTER TABLE t ADD COLUMN n INTEGER;", "");

    @TempDir
    Path tmp;

    @Test
    void readsTheRevisionsOfAClassPathDirectoryInAJar() throws Exception {
        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Directory entries, as Maven's jar plugin and Spring Boot's repackaging write them: the class loader
            // finds a directory in a jar only by its entry.
            put(out, "db/", "");
            put(out, "db/strata/", "");
            put(out, "db/strata/nested/", "");
            put(out, "db/strata/20260102_bbb222_second.sql", SECOND);
            put(out, "db/strata/20260101_aaa111_first.sql", FIRST);
            put(out, "db/strata/nested/ignored.sql", "not a revision");
            put(out, "db/other.sql", "not a revision either");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Revision> revisions = MigrationLocation.parse("classpath:/db/strata/", tmp).load(loader);
            assertThat(revisions).extracting(Revision::id).containsExactly("aaa111", "bbb222");
            assertThat(revisions.get(0).file()).isEqualTo(Path.of("db/strata/20260101_aaa111_first.sql"));
        }
    }

    @Test
    void readsAClassPathDirectoryAndAFilesystemOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("classes/db/strata"));
        Files.writeString(dir.resolve("20260101_aaa111_first.sql"), FIRST);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, null)) {
            assertThat(MigrationLocation.parse("classpath:db/strata", tmp).load(loader))
                    .extracting(Revision::id).containsExactly("aaa111");
        }
        assertThat(MigrationLocation.parse("filesystem:classes/db/strata", tmp).load(null))
                .extracting(Revision::id).containsExactly("aaa111");
        assertThat(MigrationLocation.parse("classes/db/strata", tmp))
                .isEqualTo(MigrationLocation.directory(dir));
    }

    @Test
    void aClassPathLocationWithoutRevisionsSaysWhereToPutThem() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> MigrationLocation.parse("classpath:db/strata", tmp).load(loader))
                    .isInstanceOf(StrataException.class)
                    .hasMessage("no revision files at classpath:db/strata: put the *.sql files strata writes under "
                            + "src/main/resources/db/strata, or point strata.migrations elsewhere");
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
