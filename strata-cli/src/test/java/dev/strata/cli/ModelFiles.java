package dev.strata.cli;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Files of a models project in tests: compile them, snapshot them, edit them as a user would. */
final class ModelFiles {
    private ModelFiles() {
    }

    /**
     * Compiles every .java file below {@code sourceRoot} with javac against the test classpath
     * (jakarta.persistence-api, hibernate-core, jakarta.validation-api) into {@code classes}.
     *
     * @return javac's diagnostics when it failed, else the empty string
     */
    static String compile(Path sourceRoot, Path classes) {
        List<String> args = new ArrayList<>(List.of("-proc:none", "--release", "17", "-nowarn",
                "-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        return status == 0 ? "" : "javac exit " + status + "\n" + diagnostics.toString(StandardCharsets.UTF_8);
    }

    /** Every file of the project but databases, by relative path. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (!name.endsWith(".db") && !name.endsWith(".sqlite")) {
                    files.put(name, Files.readString(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Replaces {@code from} (which must be there) with {@code to} in a project file, as the user would. */
    static void edit(Path dir, String path, String from, String to) {
        Path file = dir.resolve(path);
        String text = Project.read(file);
        assertThat(text).as(path).contains(from);
        Project.write(file, text.replace(from, to));
    }

    static String read(Path dir, String path) {
        return Project.read(dir.resolve(path));
    }

    /**
     * Names as written ({@code models.naming: jpa}): the database uses mixed-case names, which Spring Boot's naming
     * lower-cases even when quoted.
     */
    static void namesAsWritten(Project project) {
        edit(project.dir, "strata.yaml", "naming: spring", "naming: jpa");
    }

    /** Points the project's strata.yaml at another models package. */
    static void modelsPackage(Project project, String packageName) {
        edit(project.dir, "strata.yaml", "package: app.model", "package: " + packageName);
    }
}
