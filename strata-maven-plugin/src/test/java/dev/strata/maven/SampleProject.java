package dev.strata.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the sample Maven project (src/test/resources/sample plus strata-jpa's spring-shop entities) driven by a
 * real {@code mvn} process, offline, against the local repository into which the build installed the plugin and
 * strata's modules (maven-invoker-plugin's {@code install} goal, target/local-repo). What else the plugin needs (the
 * drivers, their parent POMs and BOMs) comes from the build's own local repository, read as a file:// repository,
 * which offline mode allows through {@code aether.offline.protocols=file}: nothing is downloaded.
 */
final class SampleProject {
    static final String SERVER_ID = "shop-db";
    private static final Path SAMPLE = Path.of("src", "test", "resources", "sample");
    /** A local repository holds no checksum files, and strata's own snapshots come from target/local-repo. */
    private static final String POLICY = "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots>";
    private static final Path ENTITIES = Path.of("..", "strata-jpa", "src", "test", "resources", "spring-shop");

    record Result(int exit, String output) {
    }

    final Path dir;
    private final Path settings;

    private SampleProject(Path dir, Path settings) {
        this.dir = dir;
        this.settings = settings;
    }

    /** The sample in {@code dir}, with a settings.xml whose server {@link #SERVER_ID} has these credentials. */
    static SampleProject create(Path dir, String username, String password) throws IOException {
        copy(SAMPLE, dir);
        copy(ENTITIES, dir.resolve("src/main/java"));
        Path shop = dir.resolve("src/main/java/com/example/shop");
        moveToSubpackage(shop, "catalog", "Tag", "");
        moveToSubpackage(shop, "billing", "Payment", "import com.example.shop.PurchaseOrder;\n");
        moveToSubpackage(shop, "billing", "CardPayment", "");
        addImport(shop.resolve("PurchaseOrder.java"), "com.example.shop.catalog.Tag");
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("@strata.version@", property("strata.version")));
        Path settings = dir.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <offline>true</offline>
                  <profiles><profile><id>build-repository</id>
                    <repositories><repository><id>build-repository</id><url>%s</url>%s</repository></repositories>
                    <pluginRepositories><pluginRepository><id>build-repository</id><url>%s</url>%s</pluginRepository>
                    </pluginRepositories>
                  </profile></profiles>
                  <activeProfiles><activeProfile>build-repository</activeProfile></activeProfiles>
                  <servers>
                    <server><id>%s</id><username>%s</username><password>%s</password></server>
                  </servers>
                </settings>
                """.formatted(localRepository(), buildRepository(), POLICY, buildRepository(), POLICY, SERVER_ID,
                username, password));
        Files.createDirectories(dir.resolve("src/main/resources/db/strata"));
        return new SampleProject(dir, settings);
    }

    /** Runs {@code mvn -B -o ARGS} in the project; the output is stdout and stderr together. */
    Result mvn(String... args) {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-o", "-s", settings.toString(),
                "-Dmaven.repo.local=" + localRepository(), "-Daether.offline.protocols=file"));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("strata-mvn", ".log");
            try {
                Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
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

    /** Runs mvn and fails the test, with Maven's output, unless the build succeeded. */
    Result ok(String... args) {
        Result r = mvn(args);
        if (r.exit() != 0) {
            throw new AssertionError("mvn " + String.join(" ", args) + " exited " + r.exit() + ":\n" + r.output());
        }
        return r;
    }

    List<Path> revisionFiles() throws IOException {
        Path migrations = dir.resolve("src/main/resources/db/strata");
        if (!Files.isDirectory(migrations)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(migrations)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    /** Edits an entity source as a user would: replaces the first occurrence of {@code from}. */
    void edit(String entity, String from, String to) throws IOException {
        Path file = dir.resolve("src/main/java/com/example/shop/" + entity + ".java");
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain " + from);
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** Entities in several packages, as an application grows them: the models package and its subpackages. */
    private static void moveToSubpackage(Path shop, String subpackage, String entity, String imports)
            throws IOException {
        Path from = shop.resolve(entity + ".java");
        Path to = shop.resolve(subpackage).resolve(entity + ".java");
        Files.createDirectories(to.getParent());
        Files.writeString(to, Files.readString(from).replace("package com.example.shop;\n",
                "package com.example.shop." + subpackage + ";\n\n" + imports));
        Files.delete(from);
    }

    private static void addImport(Path file, String type) throws IOException {
        Files.writeString(file, Files.readString(file).replace("package com.example.shop;\n",
                "package com.example.shop;\n\nimport " + type + ";\n"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    private static String mavenExecutable() {
        String home = System.getProperty("maven.home");
        return home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }

    private static String localRepository() {
        Path repo = Path.of(property("strata.localRepo"));
        if (!Files.isDirectory(repo.resolve("dev/strata/strata-maven-plugin"))) {
            throw new AssertionError("the plugin is not installed in " + repo + ": run the tests with `mvn verify`, "
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

    private static java.io.File devNull() {
        return new java.io.File("/dev/null");
    }
}
