package dev.strata.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line distribution as a user gets it: unpacked from the tar.gz with tar, started through bin/strata
 * (also through a symbolic link, as from ~/bin) with only a JDK on PATH, and run on an SQLite database.
 */
class DistributionIT {
    private static final Path DISTRIBUTION = Path.of(System.getProperty("strata.distribution", "missing"));

    @TempDir
    static Path unpacked;
    private static Path home;

    @BeforeAll
    static void unpackTheTarball() throws Exception {
        Path tarball = Path.of(DISTRIBUTION + ".tar.gz");
        assertThat(tarball).as("mvn package makes the distribution").exists();
        Result tar = run(unpacked, Map.of(), "tar", "xzf", tarball.toString());
        assertThat(tar.exit).as(tar.output).isZero();
        home = unpacked.resolve(DISTRIBUTION.getFileName());
    }

    @Test
    void theZipHoldsTheLaunchersAndEveryJar() throws IOException {
        try (ZipFile zip = new ZipFile(DISTRIBUTION + ".zip")) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            String top = DISTRIBUTION.getFileName() + "/";
            assertThat(names).contains(top + "bin/strata", top + "bin/strata.cmd", top + "README.md");
            assertThat(names).filteredOn(n -> n.startsWith(top + "lib/strata-cli-")).hasSize(1);
            assertThat(names).filteredOn(n -> n.startsWith(top + "lib/postgresql-")).hasSize(1);
            assertThat(names).filteredOn(n -> n.startsWith(top + "lib/sqlite-jdbc-")).hasSize(1);
        }
        try (var jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.filter(p -> p.toString().endsWith(".jar")).count()).isGreaterThan(10);
        }
    }

    @Test
    void runsFromASymbolicLinkWithOnlyAJdkOnPath(@TempDir Path work) throws Exception {
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/strata")))
                .contains(PosixFilePermission.OWNER_EXECUTE);
        Path link = Files.createSymbolicLink(work.resolve("strata"), home.resolve("bin/strata"));
        Map<String, String> env = Map.of("PATH", javaBin() + ":/usr/bin:/bin");

        Result version = run(work, env, link.toString(), "--version");
        assertThat(version.exit).as(version.output).isZero();
        assertThat(version.output).contains("strata");

        Result sample = run(work, env, link.toString(), "sample", "shop.db");
        assertThat(sample.exit).as(sample.output).isZero();
        Result inspect = run(work, env, link.toString(), "inspect", "--url", "jdbc:sqlite:shop.db", "--format",
                "json");
        assertThat(inspect.exit).as(inspect.output).isZero();
        assertThat(inspect.output).contains("\"customers\"", "\"orders\"");
    }

    /** The launcher starts the heap at 128 MB; a user who caps it lower still gets a JVM that starts. */
    @Test
    void aHeapCappedBelowTheLaunchersInitialSizeStarts(@TempDir Path work) throws Exception {
        for (String variable : List.of("STRATA_JAVA_OPTS", "JAVA_TOOL_OPTIONS")) {
            Result r = run(work, Map.of("PATH", javaBin() + ":/usr/bin:/bin", variable, "-Xmx96m"),
                    home.resolve("bin/strata").toString(), "--version");
            assertThat(r.exit).as(variable + ": " + r.output).isZero();
            assertThat(r.output).contains("strata 0.");
        }
    }

    @Test
    void aMissingJavaHomeIsOneLineAndExitTwo(@TempDir Path work) throws Exception {
        Result r = run(work, Map.of("JAVA_HOME", work.resolve("no-jdk").toString(), "PATH", "/usr/bin:/bin"),
                home.resolve("bin/strata").toString(), "--version");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.output.strip()).doesNotContain("\n").contains("JAVA_HOME", "no-jdk", "JDK 17");
    }

    @Test
    void anOldJavaIsRefusedByName(@TempDir Path work) throws Exception {
        Path oldJdk = work.resolve("jdk-11");
        Files.createDirectories(oldJdk.resolve("bin"));
        Files.writeString(oldJdk.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = Files.writeString(oldJdk.resolve("bin/java"), "#!/bin/sh\necho should not run; exit 99\n");
        java.toFile().setExecutable(true);
        Result r = run(work, Map.of("JAVA_HOME", oldJdk.toString(), "PATH", "/usr/bin:/bin"),
                home.resolve("bin/strata").toString(), "--version");
        assertThat(r.exit).as(r.output).isEqualTo(2);
        assertThat(r.output).contains("Java 11", "17 or newer").doesNotContain("should not run");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin").toString();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Result(process.exitValue(), output);
    }
}
