package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.strata.error.ExitCode;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.strata.cli.ModelFiles.edit;
import static dev.strata.cli.ModelFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's scenario through the command line on chinook (SQLite and PostgreSQL): the user customizes entities, DTOs and
 * admin.yaml; the database gains a column and a table and loses a column; {@code rebuild-from-database} keeps every
 * edit and carries every change into entities, DTOs, OpenAPI and admin configuration; a second rebuild changes no
 * byte; an edit the schema change contradicts gives conflict markers, a listing and exit code 7.
 */
class ChinookRebuildScenarioTest {
    private static final String MODEL = "src/main/java/app/model/";
    private static final String DTO = "src/main/java/app/dto/";

    @TempDir
    Path dir;

    /** Chinook in one database: how to change it, and how its dump spells the changes. */
    private record Chinook(String url, Consumer<String> sql, boolean mixedCase, String addColumnAndTable,
                           String dropBpm, String dumpedBpm, String dumpedLabel) {
    }

    @Test
    void sqlite() throws Exception {
        Path database = SqliteFiles.fresh(dir, "chinook");
        SqliteFiles.load(database, chinook("sqlite").files().toArray(Path[]::new));
        userEditsSurviveSchemaChanges(new Chinook(SqliteFiles.url(database), sql -> SqliteFiles.loadText(database, sql),
                true, """
                ALTER TABLE Track ADD COLUMN Bpm INTEGER;
                CREATE TABLE Label (LabelId INTEGER PRIMARY KEY, Name NVARCHAR(120) NOT NULL);
                ALTER TABLE Employee DROP COLUMN Fax;
                """, "ALTER TABLE Track DROP COLUMN Bpm;", "Bpm", "CREATE TABLE Label"));
    }

    @Test
    void postgresql() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("models_chinook")) {
            db.load(chinook("postgresql").files().toArray(Path[]::new));
            userEditsSurviveSchemaChanges(new Chinook(db.url(), db::psql, false, """
                    ALTER TABLE track ADD COLUMN bpm integer;
                    CREATE TABLE label (label_id integer PRIMARY KEY, name varchar(120) NOT NULL);
                    ALTER TABLE employee DROP COLUMN fax;
                    """, "ALTER TABLE track DROP COLUMN bpm;", "bpm integer", "CREATE TABLE public.label"));
        }
    }

    private static Corpus.Case chinook(String dialect) {
        return Corpus.schema(dialect, "chinook");
    }

    private void userEditsSurviveSchemaChanges(Chinook chinook) throws Exception {
        Project project = new Project(dir.resolve("project"), chinook.url());
        if (chinook.mixedCase()) {
            ModelFiles.namesAsWritten(project);   // Spring Boot's naming would lower-case them
        }
        Path p = project.dir;
        assertThat(project.ok("rebuild-from-database", "--quiet").out()).contains("written:  " + MODEL + "Album.java");

        customize(p);
        assertThat(project.run("check", "--quiet").exit()).as("an alias and a method change no table").isZero();
        chinook.sql().accept(chinook.addColumnAndTable());

        Project.Result rebuild = project.run("rebuild-from-database", "--quiet");
        assertThat(rebuild.exit()).as(rebuild.all()).isZero();
        assertThat(rebuild.out()).contains("merged:   " + DTO + "TrackCreate.java", "merged:   ui/admin/admin.yaml",
                "written:  " + MODEL + "Label.java", "written:  " + DTO + "AlbumResponse.java");
        assertEditsKept(p);
        assertSchemaChangesCarried(p, chinook);
        assertThat(ModelFiles.compile(p.resolve("src/main/java"), dir.resolve("classes"))).isEmpty();
        assertThat(project.run("check", "--quiet").exit()).isZero();

        Map<String, String> before = ModelFiles.snapshot(p);
        Project.Result again = project.ok("rebuild-from-database", "--quiet");
        assertThat(again.out()).doesNotContain("written:").doesNotContain("merged:");
        project.ok("rebuild-from-model", "--quiet");
        assertThat(ModelFiles.snapshot(p)).isEqualTo(before);

        edit(p, DTO + "TrackCreate.java", "        Integer bpm\n", "        @NotNull Integer bpm\n");
        chinook.sql().accept(chinook.dropBpm());
        Project.Result dry = project.run("rebuild-from-database", "--dry-run", "--quiet");
        assertThat(dry.exit()).isEqualTo(ExitCode.MERGE_CONFLICT.code());
        assertThat(read(p, DTO + "TrackCreate.java")).doesNotContain("<<<<<<<");
        Project.Result conflict = project.run("rebuild-from-database", "--quiet");
        assertThat(conflict.exit()).isEqualTo(ExitCode.MERGE_CONFLICT.code());
        assertThat(conflict.out()).contains("CONFLICT: " + DTO + "TrackCreate.java")
                .containsPattern("\n  " + Pattern.quote(DTO + "TrackCreate.java") + ":\\d+: component bpm: the database "
                        + "no longer has it, and you changed it\n");
        assertThat(conflict.err()).contains("resolve the conflict markers");
        assertThat(read(p, DTO + "TrackCreate.java")).contains("<<<<<<<").contains(">>>>>>>");
        assertThat(read(p, MODEL + "Track.java")).doesNotContain("bpm");
    }

    /** A method and an alias in an entity, tighter validation in a DTO, a label in admin.yaml, a file of the user's. */
    private static void customize(Path p) {
        String album = read(p, MODEL + "Album.java");
        Matcher title = Pattern.compile("@Column\\(([^\\n]*)\\)\\n    private String title;").matcher(album);
        assertThat(title.find()).as(album).isTrue();
        String column = title.group(1).contains("name =") ? title.group(1) : "name = \"title\", " + title.group(1);
        Project.write(p.resolve(MODEL + "Album.java"), title.replaceFirst(Matcher.quoteReplacement(
                "@Column(" + column + ")\n    private String albumTitle;")));
        edit(p, MODEL + "Album.java", "return title;", "return albumTitle;");
        edit(p, MODEL + "Album.java", "this.title = title;", "this.albumTitle = title;");
        edit(p, MODEL + "Album.java", "    public Integer getAlbumId() {",
                "    /** Mine: how the shop shows an album. */\n    public String display() {\n"
                        + "        return albumTitle.toUpperCase();\n    }\n\n    public Integer getAlbumId() {");
        edit(p, DTO + "TrackCreate.java", "@NotNull Integer milliseconds,", "@NotNull @Positive Integer milliseconds,");
        edit(p, DTO + "TrackCreate.java", "import jakarta.validation.constraints.NotNull;\n",
                "import jakarta.validation.constraints.NotNull;\nimport jakarta.validation.constraints.Positive;\n");
        edit(p, "ui/admin/admin.yaml", "  Album:\n    label: Album\n", "  Album:\n    label: Record\n");
        Project.write(p.resolve("NOTES.md"), "mine\n");
    }

    private static void assertEditsKept(Path p) {
        assertThat(read(p, MODEL + "Album.java")).contains("public String display()").contains("private String albumTitle;")
                .containsPattern("@Column\\(name = \"(Title|title)\"");
        assertThat(read(p, DTO + "TrackCreate.java")).contains("@NotNull @Positive Integer milliseconds,");
        assertThat(read(p, "NOTES.md")).isEqualTo("mine\n");
    }

    private static void assertSchemaChangesCarried(Path p, Chinook chinook) throws Exception {
        assertThat(read(p, MODEL + "Track.java")).contains("private Integer bpm;");
        assertThat(read(p, MODEL + "Label.java")).contains("public class Label");
        assertThat(read(p, MODEL + "Employee.java")).doesNotContain("fax");
        assertThat(read(p, DTO + "TrackCreate.java")).contains("Integer bpm\n");
        assertThat(read(p, DTO + "LabelCreate.java")).contains("String name");
        assertThat(read(p, DTO + "EmployeeResponse.java")).doesNotContain("fax");
        assertThat(read(p, DTO + "AlbumResponse.java")).contains("String albumTitle").doesNotContain(" title");

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(read(p, "api/openapi.yaml"), null,
                new ParseOptions());
        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/labels", "/labels/{labelId}");
        var schemas = api.getComponents().getSchemas();
        assertThat(schemas.get("TrackResponse").getProperties()).containsKey("bpm");
        assertThat(schemas.get("EmployeeResponse").getProperties()).doesNotContainKey("fax");
        assertThat(schemas.get("AlbumResponse").getProperties()).containsKey("albumTitle").doesNotContainKey("title");

        JsonNode admin = new ObjectMapper(new YAMLFactory()).readTree(read(p, "ui/admin/admin.yaml")).path("resources");
        assertThat(admin.path("Album").path("label").asText()).isEqualTo("Record");
        assertThat(admin.has("Label")).isTrue();
        assertThat(admin.path("Track").toString()).contains("\"bpm\"");
        assertThat(admin.path("Employee").toString()).doesNotContain("\"fax\"");
        assertThat(admin.path("Album").toString()).contains("\"albumTitle\"");
        assertThat(read(p, "db/schema.sql")).contains(chinook.dumpedBpm()).contains(chinook.dumpedLabel());
    }
}
