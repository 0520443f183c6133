package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Issue 11's proof matrix on one database: every customization applied together to one entity (and to admin.yaml
 * and openapi.yaml), crossed with database changes, one fresh database and project per change. Runs the user's
 * road through the CLI in-process and judges each cell on the files as they end up; {@link #table()} prints it.
 */
final class MergeMatrix {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * A user's edit of a project file and how to see that it survived, judged on the file's text outside conflict
     * markers. {@code file} is project-relative; {@code java} edits are made before {@code rebuild-from-model}
     * brings the derived files in line, the others (YAML) after it.
     */
    record Customization(String name, String file, boolean java, Consumer<Path> apply, Predicate<String> kept) {
    }

    /**
     * A database change, applied to a fresh copy of the database; the customization it is meant to conflict with
     * (null: none) and the member the markers must be around; how to see it in entities, DTOs, OpenAPI, admin.yaml.
     */
    record Change(String name, Consumer<Database> apply, String conflictsWith, String conflictMember,
                  Predicate<Generated> entity, Predicate<Generated> dto, Predicate<Generated> api,
                  Predicate<Generated> admin) {
    }

    /** One database and a project on it, fresh for each change. */
    record Database(String url, Consumer<String> sql, Path db, Runnable close) {
    }

    /** The project's generated files as the checks read them; {@code type} is the customized entity. */
    record Generated(Path dir, String model, String dtoPackage, String type) {
        String entity() {
            return read(model + type + ".java");
        }

        String dto() {
            return read(dtoPackage + type + "Response.java");
        }

        boolean exists(String path) {
            return Files.exists(dir.resolve(path));
        }

        JsonNode api() {
            return tree("api/openapi.yaml");
        }

        JsonNode apiProperties() {
            return api().path("components").path("schemas").path(type + "Response").path("properties");
        }

        JsonNode admin() {
            return tree("ui/admin/admin.yaml").path("resources");
        }

        List<String> adminAttributes() {
            List<String> names = new ArrayList<>();
            admin().path(type).path("attributes").forEach(a -> names.add(a.path("name").asText()));
            return names;
        }

        String read(String path) {
            return Project.read(dir.resolve(path));
        }

        private JsonNode tree(String path) {
            try {
                return YAML.readTree(read(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Row(Change change, String exit, List<String> cells, String carried, String compiles,
                       boolean stable, List<String> failures) {
    }

    private final String title;
    private final List<Customization> customizations;
    private final String entityPath;
    private final Generated layout;
    private final List<Row> rows = new ArrayList<>();

    MergeMatrix(String title, List<Customization> customizations, Generated layout) {
        this.title = title;
        this.customizations = List.copyOf(customizations);
        this.layout = layout;
        this.entityPath = layout.model() + layout.type() + ".java";
    }

    /** Runs one change on a fresh database from {@code fresh}, with a project set up by {@code setUp}. */
    void run(Change change, Supplier<Database> fresh, Path projectDir, Consumer<Project> setUp, Path classes) {
        Database database = fresh.get();
        try {
            Project project = new Project(projectDir, database.url());
            setUp.accept(project);
            project.ok("rebuild-from-database", "--quiet");
            customizations.stream().filter(Customization::java).forEach(c -> c.apply().accept(projectDir));
            project.ok("rebuild-from-model", "--quiet");
            customizations.stream().filter(c -> !c.java()).forEach(c -> c.apply().accept(projectDir));
            change.apply().accept(database);
            rows.add(judge(change, project, projectDir, classes));
        } finally {
            database.close().run();
        }
    }

    private Row judge(Change change, Project project, Path dir, Path classes) {
        Project.Result rebuild = project.run("rebuild-from-database", "--quiet");
        List<String> failures = new ArrayList<>();
        int expectedExit = change.conflictsWith() == null ? 0 : 7;
        if (rebuild.exit() != expectedExit) {
            failures.add("exit " + rebuild.exit() + ": " + rebuild.all().strip());
        }
        List<String> cells = cells(change, rebuild, dir, failures);
        String exit = String.valueOf(rebuild.exit());
        if (rebuild.exit() == 7) {
            Path entity = dir.resolve(entityPath);
            Project.write(entity, takeStrata(Project.read(entity)));
            Project.Result resolved = project.run("rebuild-from-database", "--quiet");
            exit += ">" + resolved.exit();
            if (resolved.exit() != 0) {
                failures.add("after taking strata's side: exit " + resolved.exit() + ": " + resolved.all().strip());
            }
        }
        Map<String, String> after = ModelFiles.snapshot(dir);
        Project.Result again = project.run("rebuild-from-database", "--quiet");
        boolean stable = ModelFiles.snapshot(dir).equals(after) && again.exit() == 0;
        Generated g = new Generated(dir, layout.model(), layout.dtoPackage(), layout.type());
        String carried = mark("E", change.entity(), g) + mark("D", change.dto(), g) + mark("A", change.api(), g)
                + mark("Y", change.admin(), g);
        if (!carried.equals("EDAY")) {
            failures.add("database change not carried everywhere: " + carried);
        }
        String javac = ModelFiles.compile(dir.resolve("src/main/java"), classes);
        if (!javac.isEmpty()) {
            failures.add(javac.lines().limit(6).reduce("", (a, b) -> a + "\n    " + b));
        }
        if (!stable) {
            failures.add("a second rebuild changed files or did not exit 0: " + again.all().strip());
        }
        return new Row(change, exit, cells, carried, javac.isEmpty() ? "yes" : "NO", stable, failures);
    }

    /** Each customization's verdict on the files as the rebuild left them. */
    private List<String> cells(Change change, Project.Result rebuild, Path dir, List<String> failures) {
        List<String> cells = new ArrayList<>();
        for (Customization c : customizations) {
            String text = Project.read(dir.resolve(c.file()));
            List<String> regions = conflictRegions(text);
            boolean pass;
            if (c.name().equals(change.conflictsWith())) {
                pass = rebuild.exit() == 7 && !regions.isEmpty()
                        && regions.stream().allMatch(r -> r.contains(change.conflictMember()) && r.lines().count() < 16);
                cells.add(pass ? "conflict" : "NO-CONFL");
            } else {
                pass = c.kept().test(outside(text));
                cells.add(pass ? "ok" : regions.isEmpty() ? "LOST" : "CONFLICT");
            }
            if (!pass) {
                failures.add(c.name() + ": " + cells.get(cells.size() - 1));
            }
        }
        return cells;
    }

    /** The text with every conflict resolved as strata generated it, as a user who takes the schema's side. */
    static String takeStrata(String text) {
        StringBuilder out = new StringBuilder();
        String side = "";
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("<<<<<<< ")) {
                side = "yours";
            } else if (line.startsWith("=======") && !side.isEmpty()) {
                side = "strata";
            } else if (line.startsWith(">>>>>>> ")) {
                side = "";
            } else if (!side.equals("yours")) {
                out.append(line);
            }
        }
        return out.toString();
    }

    /** The letter when the check holds on the generated files, else a dot. */
    private static String mark(String letter, Predicate<Generated> check, Generated g) {
        try {
            return check.test(g) ? letter : ".";
        } catch (RuntimeException e) {
            return ".";   // a file that does not parse, or is missing, does not carry the change
        }
    }

    /** The text of each {@code <<<<<<<} ... {@code >>>>>>>} region. */
    static List<String> conflictRegions(String text) {
        List<String> regions = new ArrayList<>();
        StringBuilder region = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("<<<<<<< ")) {
                region = new StringBuilder();
            }
            if (region != null) {
                region.append(line).append('\n');
                if (line.startsWith(">>>>>>> ")) {
                    regions.add(region.toString());
                    region = null;
                }
            }
        }
        return regions;
    }

    /** The text with every conflict region left out. */
    static String outside(String text) {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("<<<<<<< ")) {
                inside = true;
            }
            if (!inside) {
                out.append(line).append('\n');
            }
            if (line.startsWith(">>>>>>> ")) {
                inside = false;
            }
        }
        return out.toString();
    }

    static boolean validOpenApi(Generated g) {
        return new OpenAPIV3Parser().readContents(g.read("api/openapi.yaml"), null, new ParseOptions())
                .getMessages().isEmpty();
    }

    /** Every failure, one per line (empty when every cell passes). */
    List<String> failures() {
        List<String> all = new ArrayList<>();
        rows.forEach(r -> r.failures().forEach(f -> all.add(title + " / " + r.change().name() + ": " + f)));
        return all;
    }

    /** The matrix as a table: a row per database change, a column per customization, then the row's checks. */
    String table() {
        StringBuilder out = new StringBuilder("\n" + title + " (" + entityPath + ")\n");
        out.append(String.format("%-32s", "database change \\ customization"));
        for (int i = 0; i < customizations.size(); i++) {
            out.append(String.format(" %-8s", "C" + (i + 1)));
        }
        out.append(" exit  carried compiles stable\n");
        for (Row row : rows) {
            out.append(String.format("%-32s", row.change().name()));
            row.cells().forEach(c -> out.append(String.format(" %-8s", c)));
            out.append(String.format(" %-5s %-7s %-8s %s%n", row.exit(),
                    row.carried(), row.compiles(), row.stable() ? "yes" : "NO"));
        }
        for (int i = 0; i < customizations.size(); i++) {
            out.append(String.format("  C%-3d %s (%s)%n", i + 1, customizations.get(i).name(),
                    customizations.get(i).file()));
        }
        out.append("  ok: the edit is still there, outside any conflict; conflict: the expected conflict, markers around"
                + " that member only; exit: of the rebuild (7>0: then of the rebuild after taking strata's side);\n"
                + "  carried: E entity, D DTO, A OpenAPI, Y admin.yaml show the change (. = not); compiles: javac;"
                + " stable: a second rebuild changes no byte\n");
        return out.toString();
    }
}
