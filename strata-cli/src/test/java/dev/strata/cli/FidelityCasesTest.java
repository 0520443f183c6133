package dev.strata.cli;

import dev.strata.testkit.NonEmpty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: schema changes beyond the corpus, each a case directory under {@code src/test/resources/fidelity/DIALECT/}
 * ({@code before.sql}, {@code after.sql}, optional {@code rows.sql} and {@code renames.txt}), run on both roads a user
 * takes, through the CLI. The script road: {@code strata diff --sql} and {@code --sql --down}, computed before anything
 * runs and applied with the database's own client. The revision road: {@code strata revision --autogenerate --to
 * after.sql}, {@code strata upgrade head}, {@code strata downgrade -1}. After each upgrade the database's own tools
 * see the target schema and a re-diff is empty; after each downgrade they see the schema it started from; the seeded
 * rows are there after both. Set STRATA_FIDELITY_CASE to run the cases whose name contains it.
 */
class FidelityCasesTest {
    private static final Path CASES = Path.of("src", "test", "resources", "fidelity");
    private static final String NO_CHANGES = "No changes: the schemas are the same.\n";
    private static final Pattern INSERT = Pattern.compile("(?i)INSERT\\s+INTO\\s+([\\w.\"`]+)");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> mysql() throws IOException {
        return cases("mysql");
    }

    @TestFactory
    Stream<DynamicTest> postgresql() throws IOException {
        return cases("postgresql");
    }

    @TestFactory
    Stream<DynamicTest> sqlite() throws IOException {
        return cases("sqlite");
    }

    private Stream<DynamicTest> cases(String dialect) throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CASES.resolve(dialect))) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("fidelity cases of %s", dialect).isNotEmpty();
        String only = System.getenv("STRATA_FIDELITY_CASE");
        return NonEmpty.of(dialect + " fidelity cases (STRATA_FIDELITY_CASE=" + only + ")", cases.stream()
                .filter(c -> only == null || c.getFileName().toString().contains(only))
                .map(c -> DynamicTest.dynamicTest(dialect + "/" + c.getFileName(), () -> run(dialect, c))));
    }

    private void run(String dialect, Path caseDir) throws IOException {
        String name = caseDir.getFileName().toString();
        Path before = caseDir.resolve("before.sql").toAbsolutePath();
        Path after = caseDir.resolve("after.sql").toAbsolutePath();
        assertThat(before).as("%s: before.sql", name).isRegularFile();
        assertThat(after).as("%s: after.sql", name).isRegularFile();
        try (FidelityDatabase a = FidelityDatabase.fresh(dialect, dir, "fid_a");
             FidelityDatabase b = FidelityDatabase.fresh(dialect, dir, "fid_b")) {
            a.load(before);
            b.load(after);
            Path rowsFile = caseDir.resolve("rows.sql");
            if (Files.exists(rowsFile)) {
                a.load(rowsFile.toAbsolutePath());
            }
            Case c = new Case(name, a, before, after, readRenames(caseDir, a), a.judge(), b.judge(),
                    Seeded.of(a, b, rowsFile, readRenames(caseDir, a)));
            assertThat(c.original).as("%s: before and after differ by the database's own tools", name)
                    .isNotEqualTo(c.target);
            scriptRoad(c);
            revisionRoad(c);
        }
    }

    private record Case(String name, FidelityDatabase a, Path before, Path after, List<String> renames,
                        String original, String target, Seeded seeded) {
        List<String> diff(Path to, String... more) {
            List<String> args = new ArrayList<>(List.of("diff", "--from", a.url(), "--to", to.toString()));
            args.addAll(List.of(more));
            renames.forEach(h -> args.addAll(List.of("--rename", h)));
            return args;
        }
    }

    private void scriptRoad(Case c) throws IOException {
        Cli.Run up = Cli.run(c.diff(c.after, "--sql").toArray(String[]::new));
        assertThat(up.exitCode()).as("%s: strata diff --sql: %s", c.name, up.err()).isZero();
        Cli.Run down = Cli.run(c.diff(c.after, "--sql", "--down").toArray(String[]::new));
        assertThat(down.exitCode()).as("%s: strata diff --sql --down: %s", c.name, down.err()).isZero();

        c.a.load(Files.writeString(dir.resolve(c.name + "-up.sql"), up.out()));
        upgraded(c, "diff --sql | client");
        c.a.load(Files.writeString(dir.resolve(c.name + "-down.sql"), down.out()));
        downgraded(c, "diff --sql --down | client");
    }

    private void revisionRoad(Case c) {
        Project project = new Project(dir.resolve(c.name + "-project"), c.a.url());
        List<String> args = new ArrayList<>(List.of("revision", "--autogenerate", "--to", c.after.toString(),
                "-m", c.name));
        c.renames.forEach(h -> args.addAll(List.of("--rename", h)));
        project.ok(args.toArray(String[]::new));
        project.ok("upgrade", "head");
        upgraded(c, "revision --autogenerate --to, upgrade head");
        project.ok("downgrade", "-1");
        downgraded(c, "downgrade -1");
    }

    private static void upgraded(Case c, String road) {
        assertThat(c.a.judge()).as("%s: after the upgrade by %s, the database's own tools see the target", c.name,
                road).isEqualTo(c.target);
        Cli.Run again = Cli.run(c.diff(c.after).toArray(String[]::new));
        assertThat(again.out()).as("%s: re-diff after the upgrade by %s: %s", c.name, road, again.err())
                .isEqualTo(NO_CHANGES);
        c.seeded.assertIntact(c.a, true, c.name + ": rows after the upgrade by " + road);
    }

    private static void downgraded(Case c, String road) {
        assertThat(c.a.judge()).as("%s: after the downgrade by %s, the database's own tools see the original", c.name,
                road).isEqualTo(c.original);
        Cli.Run again = Cli.run("diff", "--from", c.a.url(), "--to", c.before.toString());
        assertThat(again.out()).as("%s: re-diff after the downgrade by %s: %s", c.name, road, again.err())
                .isEqualTo(NO_CHANGES);
        c.seeded.assertIntact(c.a, false, c.name + ": rows after the downgrade by " + road);
    }

    private static List<String> readRenames(Path caseDir, FidelityDatabase a) throws IOException {
        Path file = caseDir.resolve("renames.txt");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(a::renameHint).toList();
    }

    /**
     * The rows seeded into A: for every table rows.sql inserts into, the values of the columns it has both before and
     * after (renames followed), read before anything runs.
     */
    private record Seeded(Map<String, Table> tables) {
        record Table(String before, String after, List<String> columnsBefore, List<String> columnsAfter,
                     List<String> rows) {
        }

        static Seeded of(FidelityDatabase a, FidelityDatabase b, Path rowsFile, List<String> renames)
                throws IOException {
            Map<String, Table> tables = new LinkedHashMap<>();
            if (!Files.exists(rowsFile)) {
                return new Seeded(tables);
            }
            Matcher m = INSERT.matcher(Files.readString(rowsFile));
            while (m.find()) {
                String before = m.group(1);
                if (tables.containsKey(before)) {
                    continue;
                }
                String after = renamedTable(before, renames);
                List<String> afterColumns = b.columns(after);
                List<String> kept = new ArrayList<>();
                List<String> keptAfter = new ArrayList<>();
                for (String column : a.columns(before)) {
                    String renamed = renamedColumn(before, column, renames);
                    if (afterColumns.stream().anyMatch(renamed::equalsIgnoreCase)) {
                        kept.add(column);
                        keptAfter.add(renamed);
                    }
                }
                assertThat(kept).as("columns of %s kept by the change", before).isNotEmpty();
                List<String> rows = a.rows(select(before, kept));
                assertThat(rows).as("rows seeded into %s", before).isNotEmpty();
                tables.put(before, new Table(before, after, kept, keptAfter, rows));
            }
            return new Seeded(tables);
        }

        void assertIntact(FidelityDatabase a, boolean upgraded, String what) {
            tables.values().forEach(t -> assertThat(a.rows(upgraded ? select(t.after, t.columnsAfter)
                    : select(t.before, t.columnsBefore))).as("%s: %s", what, t.before).isEqualTo(t.rows));
        }

        private static String select(String table, List<String> columns) {
            String list = String.join(", ", columns);
            return "SELECT " + list + " FROM " + table + " ORDER BY " + list;
        }

        /** A table rename hint (schema.old=new) applied to a table name as rows.sql writes it. */
        private static String renamedTable(String table, List<String> renames) {
            String bare = table.substring(table.lastIndexOf('.') + 1);
            for (String hint : renames) {
                String[] sides = hint.split("=", 2);
                String[] from = sides[0].split("\\.");
                if (from.length == 2 && from[1].equalsIgnoreCase(bare)) {
                    return table.substring(0, table.length() - bare.length()) + sides[1];
                }
            }
            return table;
        }

        private static String renamedColumn(String table, String column, List<String> renames) {
            String bare = table.substring(table.lastIndexOf('.') + 1);
            for (String hint : renames) {
                String[] sides = hint.split("=", 2);
                String[] from = sides[0].split("\\.");
                if (from.length == 3 && from[1].equalsIgnoreCase(bare) && from[2].equalsIgnoreCase(column)) {
                    return sides[1];
                }
            }
            return column;
        }
    }
}
