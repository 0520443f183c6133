package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.strata.cli.ModelFiles.edit;
import static dev.strata.cli.ModelFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 7 through the command line on chinook (SQLite and PostgreSQL): a project cloned without
 * {@code .strata/manifest.json} (or without the base texts) is not stuck. The user edited an entity and admin.yaml;
 * the manifest is gone; {@code rebuild-from-database} adopts the files identical to the generation, merges the edited
 * ones two ways (markers; admin.yaml's in admin-merge.yaml) and exits 7; once the user resolves them the rebuild goes
 * on, exits 0 and keeps the edits. The manifest itself is a small index of hashes.
 */
class FreshCloneRebuildTest {
    private static final String ALBUM = "src/main/java/app/model/Album.java";
    private static final String ADMIN = "ui/admin/admin.yaml";
    private static final String ADMIN_MERGE = "ui/admin/admin-merge.yaml";
    private static final String MINE = "    /** Mine: how the shop shows an album. */\n    public String display() {\n"
            + "        return \"album \" + getAlbumId();\n    }\n\n";

    @TempDir
    Path dir;

    @Test
    void sqlite() {
        Path database = SqliteFiles.fresh(dir, "chinook");
        SqliteFiles.load(database, chinook("sqlite").files().toArray(Path[]::new));
        Project project = new Project(dir.resolve("project"), SqliteFiles.url(database));
        ModelFiles.namesAsWritten(project);
        aCloneWithoutTheManifestIsMergedTwoWaysThenGoesOn(project);
    }

    @Test
    void postgresql() {
        try (PostgresDatabase db = PostgresServer.get().create("fresh_clone")) {
            db.load(chinook("postgresql").files().toArray(Path[]::new));
            aCloneWithoutTheManifestIsMergedTwoWaysThenGoesOn(new Project(dir.resolve("project"), db.url()));
        }
    }

    private static Corpus.Case chinook(String dialect) {
        return Corpus.schema(dialect, "chinook");
    }

    private void aCloneWithoutTheManifestIsMergedTwoWaysThenGoesOn(Project project) {
        Path p = project.dir;
        project.ok("rebuild-from-database", "--quiet");
        assertManifestIsASmallIndex(p);
        edit(p, ALBUM, "    public Integer getAlbumId() {", MINE + "    public Integer getAlbumId() {");
        edit(p, ADMIN, "  Album:\n    label: Album\n", "  Album:\n    label: Record\n");
        String adminEdited = read(p, ADMIN);
        delete(p.resolve(".strata/manifest.json"));

        Project.Result entities = project.run("rebuild-from-database", "--quiet");
        assertThat(entities.exit()).as(entities.all()).isEqualTo(ExitCode.MERGE_CONFLICT.code());
        assertThat(entities.out()).contains("CONFLICT: " + ALBUM).doesNotContain("CONFLICT: src/main/java/app/model/Artist.java");
        assertThat(entities.err()).contains("merged two ways", "commit .strata/");
        assertThat(read(p, ALBUM)).contains("<<<<<<< yours\n" + MINE + "=======\n>>>>>>> strata\n");
        assertThat(read(p, ".strata/manifest.json")).as("identical files adopted")
                .contains("\"src/main/java/app/model/Artist.java\"", "\"" + ALBUM + "\"");
        assertThat(project.run("rebuild-from-database", "--quiet").out()).as("unresolved: still listed")
                .contains("CONFLICT: " + ALBUM);

        Project.write(p.resolve(ALBUM), keepYours(read(p, ALBUM)));
        Project.Result derived = project.run("rebuild-from-database", "--quiet");
        assertThat(derived.exit()).as(derived.all()).isEqualTo(ExitCode.MERGE_CONFLICT.code());
        assertThat(derived.out()).contains("CONFLICT: " + ADMIN_MERGE).doesNotContain("CONFLICT: " + ALBUM)
                .doesNotContain("derived files not rebuilt");
        assertThat(read(p, ADMIN)).isEqualTo(adminEdited);
        assertThat(read(p, ADMIN_MERGE)).contains("<<<<<<< yours\n    label: Record\n=======\n    label: Album\n");

        delete(p.resolve(ADMIN_MERGE));   // reviewed: admin.yaml already holds what the user wants
        Project.Result resolved = project.run("rebuild-from-database", "--quiet");
        assertThat(resolved.exit()).as(resolved.all()).isZero();
        assertThat(read(p, ALBUM)).contains(MINE).doesNotContain("<<<<<<<");
        assertThat(read(p, ADMIN)).isEqualTo(adminEdited);
        assertThat(ModelFiles.compile(p.resolve("src/main/java"), dir.resolve("classes"))).isEmpty();

        Map<String, String> before = ModelFiles.snapshot(p);
        Project.Result again = project.ok("rebuild-from-database", "--quiet");
        assertThat(again.out()).doesNotContain("written:").doesNotContain("merged:").doesNotContain("CONFLICT");
        assertThat(ModelFiles.snapshot(p)).isEqualTo(before);
    }

    /** One line per generated file, hashes only; the texts live in .strata/base/. */
    private static void assertManifestIsASmallIndex(Path p) {
        String manifest = read(p, ".strata/manifest.json");
        long generated = manifest.lines().filter(l -> l.contains("\" : \"")).count();
        assertThat(generated).isGreaterThan(40);
        assertThat(manifest).doesNotContain("package app").hasSizeLessThan((int) (generated * 120 + 100));
        assertThat(read(p, ".strata/base/" + ALBUM)).isEqualTo(read(p, ALBUM));
    }

    private static String keepYours(String text) {
        return text.replaceAll("(?s)<<<<<<< yours\n(.*?)=======\n.*?>>>>>>> strata\n", "$1");
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
