package dev.strata.spring;

import dev.strata.api.migrate.MigrationLocation;
import dev.strata.migrate.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.net.protocol.Handlers;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default location, classpath:db/strata, read where a packaged application keeps it: BOOT-INF/classes of an
 * executable jar, served by Spring Boot's launcher as a {@code jar:nested:} URL (entries stored, as Boot writes them).
 */
class ExecutableJarRevisionsTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheSampleRevisionsFromBootInfClasses() throws Exception {
        Path jar = executableJar();
        Handlers.register();
        URL classes = new URL("jar:nested:" + jar + "/!BOOT-INF/classes/!/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null)) {
            assertThat(MigrationLocation.parse(StrataProject.DEFAULT_LOCATION, tmp).load(loader))
                    .extracting(Revision::id)
                    .containsExactly(SampleApplicationTest.FIRST, SampleApplicationTest.SEED);
        }
    }

    private Path executableJar() throws Exception {
        Path jar = tmp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(SampleProject.REVISIONS)) {
            for (String dir : new String[] {"BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/classes/db/",
                    "BOOT-INF/classes/db/strata/"}) {
                out.putNextEntry(stored(dir, new byte[0]));
                out.closeEntry();
            }
            for (Path f : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                out.putNextEntry(stored("BOOT-INF/classes/db/strata/" + f.getFileName(), bytes));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static JarEntry stored(String name, byte[] bytes) {
        JarEntry entry = new JarEntry(name);
        entry.setMethod(JarEntry.STORED);
        entry.setSize(bytes.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        return entry;
    }
}
