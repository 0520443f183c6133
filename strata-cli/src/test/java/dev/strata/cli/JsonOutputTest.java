package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 5: {@code --format json} and {@code -o FILE} on the commands whose result a script or CI reads, on
 * the command line road; the JSON is stable (sorted keys, same bytes for the same result).
 */
class JsonOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void diffAsJsonToAFile() throws IOException {
        String shop = sample();
        Path empty = Files.writeString(dir.resolve("empty.sql"), "");
        Path file = dir.resolve("out/plan.json");
        Cli.Run run = Cli.run("diff", "--from", empty.toString(), "--to", shop, "--table", "categories",
                "--format", "json", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        String text = Files.readString(file);
        JsonNode plan = parse(text);
        assertThat(fieldNames(plan)).containsExactly("blockers", "changes", "down", "renameSuggestions", "up");
        assertThat(plan.get("changes").get(0).get("kind").asText()).isEqualTo("AddTable");
        assertThat(plan.get("changes").get(0).get("text").asText()).isEqualTo("+ table main.categories");
        assertThat(plan.get("up").get(0).get("sql").asText()).startsWith("CREATE TABLE");
        assertThat(plan.get("down").get(0).get("destructive").asText()).isNotEmpty();
        Cli.Run again = Cli.run("diff", "--from", empty.toString(), "--to", shop, "--table", "categories",
                "--format", "json");
        assertThat(again.out()).as("same bytes").isEqualTo(text);
    }

    @Test
    void diffTextToAFileAndSqlWithJsonIsAUsageError() throws IOException {
        String shop = sample();
        Path empty = Files.writeString(dir.resolve("empty.sql"), "");
        Path file = dir.resolve("plan.txt");
        Cli.Run run = Cli.run("diff", "--from", empty.toString(), "--to", shop, "--output", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).startsWith("15 changes:");
        Cli.Run both = Cli.run("diff", "--from", empty.toString(), "--to", shop, "--sql", "--format", "json");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).startsWith("strata: --sql prints SQL").doesNotContain("\n\t");
    }

    @Test
    void migrationVerbsAsJson() throws IOException {
        Project p = new Project(dir.resolve("project"), "jdbc:sqlite:" + dir.resolve("app.db"));
        String first = p.revision("create a", "CREATE TABLE a (id int);", "DROP TABLE a;");
        String second = p.revision("create b", "CREATE TABLE b (id int);", "DROP TABLE b;");

        JsonNode heads = json(p, "heads");
        assertThat(heads.get("heads")).hasSize(1);
        assertThat(heads.get("heads").get(0).get("id").asText()).isEqualTo(second);
        assertThat(heads.get("heads").get(0).get("parents").get(0).asText()).isEqualTo(first);
        assertThat(heads.get("heads").get(0).get("head").asBoolean()).isTrue();

        JsonNode history = json(p, "history");
        assertThat(history.get("revisions").findValuesAsText("id")).containsExactly(second, first);

        JsonNode show = json(p, "show", first);
        assertThat(show.get("message").asText()).isEqualTo("create a");
        assertThat(show.get("upgrade").get(0).get("sql").asText()).isEqualTo("CREATE TABLE a (id int);");
        assertThat(show.get("downgrade").get(0).get("sql").asText()).isEqualTo("DROP TABLE a;");

        JsonNode before = json(p, "current");
        assertThat(before.get("initialized").asBoolean()).isFalse();
        assertThat(texts(before.get("pending"))).containsExactly(first, second);

        JsonNode upgrade = json(p, "upgrade", "head");
        assertThat(upgrade.get("steps").findValuesAsText("revision")).containsExactly(first, second);
        assertThat(upgrade.get("steps").findValuesAsText("direction")).containsOnly("upgrade");
        assertThat(texts(upgrade.get("headsAfter"))).containsExactly(second);

        JsonNode current = json(p, "current");
        assertThat(current.get("heads").get(0).get("id").asText()).isEqualTo(second);
        assertThat(current.get("pending")).isEmpty();
        assertThat(current.get("partial").isNull()).isTrue();

        JsonNode validate = json(p, "validate");
        assertThat(validate.get("ok").asBoolean()).isTrue();
        assertThat(validate.get("problems")).isEmpty();

        JsonNode downgrade = json(p, "downgrade", "-1");
        assertThat(downgrade.get("steps").findValuesAsText("direction")).containsExactly("downgrade");
        assertThat(texts(downgrade.get("headsAfter"))).containsExactly(first);

        JsonNode stamp = json(p, "stamp", "base");
        assertThat(stamp.get("headsAfter")).isEmpty();
        assertThat(stamp.get("steps")).isEmpty();
        assertThat(p.ok("stamp", second).out()).as("the text form").isEqualTo("stamped; now at " + second + "\n");
    }

    @Test
    void upgradeSqlToAFile() throws IOException {
        Project p = new Project(dir.resolve("project"), "jdbc:sqlite:" + dir.resolve("app.db"));
        p.revision("create a", "CREATE TABLE a (id int);", "DROP TABLE a;");
        Path file = dir.resolve("upgrade.sql");
        Project.Result run = p.ok("upgrade", "head", "--sql", "-o", file.toString());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).contains("CREATE TABLE a (id int);");
        assertThat(p.run("upgrade", "head", "--sql", "--format", "json").exit()).isEqualTo(2);
    }

    @Test
    void validateRefusalIsJsonOnStdoutAndOneLinePerProblemOnStderr() throws IOException {
        Project p = new Project(dir.resolve("project"), "jdbc:sqlite:" + dir.resolve("app.db"));
        p.revision("create a", "CREATE TABLE a (id int);", "DROP TABLE a;");
        p.ok("upgrade", "head");
        try (var files = Files.list(p.dir.resolve("migrations"))) {
            Path file = files.findFirst().orElseThrow();
            Files.writeString(file, Files.readString(file).replace("(id int);", "(id bigint);"));
        }
        Project.Result run = p.run("validate", "--format", "json");
        assertThat(run.exit()).isEqualTo(4);
        JsonNode validate = parse(run.out());
        assertThat(validate.get("ok").asBoolean()).isFalse();
        assertThat(validate.get("problems")).hasSize(1);
        assertThat(run.err()).startsWith("strata: ").hasLineCount(1);
    }

    @Test
    void checkAndRebuildAsJson() throws IOException {
        Path project = dir.resolve("fresh");
        assertThat(Cli.run("init", project.toString()).exitCode()).isZero();
        String config = project.resolve("strata.yaml").toString();
        Cli.Run check = Cli.run("check", "--config", config, "--format", "json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        JsonNode matches = parse(check.out());
        assertThat(matches.get("matches").asBoolean()).isTrue();
        assertThat(matches.get("changes")).isEmpty();

        Cli.Run rebuild = Cli.run("rebuild-from-database", "--config", config, "--url", sample(), "--dry-run",
                "--format", "json");
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        JsonNode result = parse(rebuild.out());
        assertThat(result.get("entities").get("dryRun").asBoolean()).isTrue();
        assertThat(texts(result.get("entities").get("written"))).anyMatch(f -> f.endsWith("Customer.java"));
        assertThat(result.get("conflicts")).isEmpty();
        assertThat(project.resolve("src/main/java/app/model/Customer.java")).as("dry run").doesNotExist();
    }

    /** Jackson is loaded only when JSON is asked for (core may load it on its own roads), so --help starts fast. */
    @Test
    void jacksonIsNotLoadedForHelp() throws IOException, InterruptedException {
        assertThat(loadedClasses("check", "--help")).contains("dev.strata.cli.ResultOptions ")
                .doesNotContain("com.fasterxml.jackson");
        assertThat(loadedClasses("history", "--help")).contains("dev.strata.cli.ResultOptions ")
                .doesNotContain("com.fasterxml.jackson");
    }

    private static String loadedClasses(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private String sample() {
        Path shop = dir.resolve("shop.db");
        if (!Files.exists(shop)) {
            assertThat(Cli.run("sample", shop.toString()).exitCode()).isZero();
        }
        return "jdbc:sqlite:" + shop;
    }

    private static JsonNode json(Project p, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        Project.Result run = p.ok(all.toArray(String[]::new));
        return parse(run.out());
    }

    /** Parses and checks the shape every JSON result has: sorted keys at every level, LF line ends, final newline. */
    private static JsonNode parse(String text) throws IOException {
        assertThat(text).endsWith("}\n").doesNotContain("\r");
        JsonNode tree = JSON.readTree(text);
        assertSortedKeys(tree);
        return tree;
    }

    private static void assertSortedKeys(JsonNode node) {
        if (node.isObject()) {
            assertThat(fieldNames(node)).isSorted();
        }
        node.forEach(JsonOutputTest::assertSortedKeys);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.asText()));
        return all;
    }
}
