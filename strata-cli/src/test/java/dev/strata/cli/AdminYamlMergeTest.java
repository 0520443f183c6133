package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * admin.yaml merges by key path through {@code rebuild-from-database} on chinook (SQLite): the user relabels an
 * attribute, comments a resource and changes an attribute's type; the database adds a column and changes that
 * column's type. Only the type both changed is a conflict: admin-merge.yaml holds the merge with markers around that
 * one key, listed with its line and key path, admin.yaml stays as the user left it; once the user takes the merge
 * into admin.yaml and deletes the side file, the next rebuild is clean and a second one changes no byte.
 */
class AdminYamlMergeTest {
    private static final String ADMIN = "ui/admin/admin.yaml";
    private static final String SIDE = "ui/admin/admin-merge.yaml";

    @TempDir
    Path dir;

    @Test
    void onlyTheKeyBothChangedIsAConflictInTheSideFile() throws Exception {
        Path db = SqliteFiles.fresh(dir, "chinook");
        Project project = Project.rebuiltOnSqliteChinook(dir, db);
        Path p = project.dir;
        String track = "  Track:\n    label: Track\n";
        ModelFiles.edit(p, ADMIN, track, "  # Mine: the shop calls them songs\n  Track:\n    label: Song\n");
        editInTrack(p, "      - name: milliseconds\n        label: Milliseconds\n        type: integer\n",
                "      - name: milliseconds\n        label: Length\n        type: number\n");
        String edited = ModelFiles.read(p, ADMIN);

        changeMillisecondsToTextAndAddBpm(db);
        Project.Result rebuild = project.run("rebuild-from-database", "--quiet");

        assertThat(rebuild.exit()).as(rebuild.all()).isEqualTo(ExitCode.MERGE_CONFLICT.code());
        assertThat(ModelFiles.read(p, ADMIN)).isEqualTo(edited);
        String side = ModelFiles.read(p, SIDE);
        int marker = side.lines().toList().indexOf("<<<<<<< yours") + 1;
        assertThat(rebuild.out()).contains("CONFLICT: " + SIDE, "  " + SIDE + ":" + marker
                + ": resources.Track.attributes[name=milliseconds].type: you and strata both changed it, differently");
        assertThat(MergeMatrix.conflictRegions(side)).containsExactly(
                "<<<<<<< yours\n        type: number\n=======\n        type: string\n>>>>>>> strata\n");
        assertThat(side).contains("  # Mine: the shop calls them songs\n  Track:\n    label: Song\n",
                "      - name: milliseconds\n        label: Length\n", "      - name: bpm\n        label: Bpm\n");

        Project.write(p.resolve(ADMIN), MergeMatrix.takeStrata(side));
        Files.delete(p.resolve(SIDE));
        Project.Result resolved = project.run("rebuild-from-database", "--quiet");
        assertThat(resolved.exit()).as(resolved.all()).isZero();
        Map<String, String> before = ModelFiles.snapshot(p);
        project.ok("rebuild-from-database", "--quiet");
        assertThat(ModelFiles.snapshot(p)).isEqualTo(before);
        assertThat(ModelFiles.read(p, ADMIN)).contains("    label: Song\n", "        label: Length\n        type: string\n",
                "      - name: bpm\n");
    }

    private static void editInTrack(Path p, String from, String to) {
        String text = ModelFiles.read(p, ADMIN);
        int at = text.indexOf(from, text.indexOf("  Track:\n"));
        assertThat(at).isPositive();
        Project.write(p.resolve(ADMIN), text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** SQLite cannot change a column's type in place: the user's road is strata's diff to an edited dump. */
    private void changeMillisecondsToTextAndAddBpm(Path db) {
        String url = SqliteFiles.url(db);
        String schema = cli("dump", "--url", url);
        assertThat(schema).contains("[Milliseconds] INTEGER  NOT NULL");
        Path wanted = dir.resolve("wanted.sql");
        Project.write(wanted, schema.replace("[Milliseconds] INTEGER  NOT NULL", "[Milliseconds] TEXT  NOT NULL"));
        SqliteFiles.loadText(db, cli("diff", "--from", url, "--to", wanted.toString(), "--sql")
                + "\nALTER TABLE Track ADD COLUMN Bpm INTEGER;\n");
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(exit).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }
}
