package dev.strata.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Maven project driven by a real {@code mvn} process, as its user runs it. strata's artifacts come from the local
 * repository this build installed them into (target/local-repo); what else the project needs comes first from the
 * build's own local repository, read as a file:// repository, then from Maven Central.
 */
final class MavenProject {
    /** A local repository holds no checksum files, and strata's snapshots come from target/local-repo only. */
    private static final String POLICY = "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots>";

    record Result(int exit, String output) {
    }

    private final Path dir;
    private final Path settings;

    MavenProject(Path dir) {
        this.dir = dir;
        this.settings = dir.resolveSibling(dir.getFileName() + "-settings.xml");
        write(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <profiles><profile><id>build-repository</id>
                    <repositories><repository><id>build-repository</id><url>%s</url>%s</repository></repositories>
                    <pluginRepositories><pluginRepository><id>build-repository</id><url>%s</url>%s</pluginRepository>
                    </pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>build-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(localRepository(), buildRepository(), POLICY, buildRepository(), POLICY));
    }

    /** Runs {@code mvn -B ARGS} in the project with these environment variables; stdout and stderr together. */
    Result mvn(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-s", settings.toString()));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("strata-mvn", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                                "/dev/null")));
                builder.environment().putAll(environment);
                Process p = builder.start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("mvn " + String.join(" ", args) + " timed out");
                }
                return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mavenExecutable() {
        String home = System.getProperty("maven.home");
        return home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }

    private static String localRepository() {
        Path repo = Path.of(property("strata.localRepo"));
        if (!Files.isDirectory(repo.resolve("dev/strata/strata-spring-boot-starter"))) {
            throw new AssertionError("the starter is not installed in " + repo + ": run the tests with `mvn verify`, "
                    + "whose pre-integration-test phase installs it there");
        }
        return repo.toString();
    }

    private static String buildRepository() {
        return Path.of(property("strata.buildRepo")).toUri().toString();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError("system property " + name + " is not set: run the tests through Maven");
        }
        return value;
    }
}
