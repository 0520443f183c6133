package dev.strata.codegen;

import static dev.strata.codegen.ProjectFiles.edit;
import static dev.strata.codegen.ProjectFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.strata.dialect.Dialects;
import dev.strata.dump.DumpOptions;
import dev.strata.error.ExitCode;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.SqliteFiles;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario on a real database, without the JPA side (which lands separately): chinook in SQLite is
 * inspected and every derived file generated; the user edits a DTO and admin.yaml and adds a file; the database
 * gains a column and a table and loses a column; the rebuild keeps every edit and carries every change.
 */
class ChinookSqliteRebuildTest {
    private static final String DTO = "src/main/java/org/chinook/dto/";

    @TempDir
    Path dir;

    private Path database;

    private java.util.List<GeneratedFile> derive() {
        String url = SqliteFiles.url(database);
        SchemaModel model = Schemas.inspect(url, InspectOptions.ALL, Progress.NONE);
        var dumper = Dialects.forUrl(url).dumper();
        return DerivedFiles.files(SchemaEntities.derive(model), new CodegenSettings("org.chinook", "Chinook", "1"),
                DerivedFiles.schemaDumps(dumper.dump(model, DumpOptions.DEFAULT),
                        dumper.dump(model, DumpOptions.INIT)));
    }

    private RegenerationResult rebuild(Path project) {
        return Regeneration.apply(project, derive(), RegenerationOptions.WRITE, path -> true);
    }

    @Test
    void editsSurviveASchemaChangeAndTheNextRebuildChangesNothing() throws Exception {
        database = SqliteFiles.fresh(dir, "chinook");
        Corpus.Case chinook = Corpus.schema("sqlite", "chinook");
        SqliteFiles.load(database, chinook.files().toArray(Path[]::new));
        Path project = dir.resolve("project");
        assertThat(rebuild(project).exitCode()).isEqualTo(ExitCode.OK);
        assertProjectIsValid(project);

        edit(project, DTO + "TrackCreate.java", "@NotNull Integer milliseconds,",
                "@NotNull @Positive Integer milliseconds,");
        edit(project, DTO + "TrackCreate.java", "import jakarta.validation.constraints.NotNull;\n",
                "import jakarta.validation.constraints.NotNull;\nimport jakarta.validation.constraints.Positive;\n");
        edit(project, AdminGenerator.PATH, "  Album:\n    label: Album\n", "  Album:\n    label: Record\n");
        ProjectFiles.write(project, "NOTES.md", "mine\n");
        SqliteFiles.loadText(database, """
                ALTER TABLE Track ADD COLUMN Bpm INTEGER;
                CREATE TABLE Label (LabelId INTEGER PRIMARY KEY, Name NVARCHAR(120) NOT NULL);
                ALTER TABLE Employee DROP COLUMN Fax;
                """);

        RegenerationResult result = rebuild(project);

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.merged()).contains(DTO + "TrackCreate.java", AdminGenerator.PATH);
        assertThat(read(project, DTO + "TrackCreate.java")).contains("@NotNull @Positive Integer milliseconds,")
                .contains("Integer bpm\n");
        assertThat(read(project, DTO + "LabelCreate.java")).contains("@NotNull @Size(max = 120) String name");
        assertThat(read(project, DTO + "EmployeeResponse.java")).doesNotContain("fax");
        var api = new OpenAPIV3Parser().readContents(read(project, OpenApiGenerator.PATH), null, new ParseOptions())
                .getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/labels", "/labels/{labelId}");
        var schemas = api.getComponents().getSchemas();
        assertThat(schemas.get("TrackResponse").getProperties()).containsKey("bpm");
        assertThat(schemas.get("EmployeeResponse").getProperties()).doesNotContainKey("fax");
        assertThat(schemas.get("CustomerResponse").getProperties()).containsKey("fax");
        var admin = new ObjectMapper(new YAMLFactory()).readTree(read(project, AdminGenerator.PATH)).path("resources");
        assertThat(admin.path("Album").path("label").asText()).isEqualTo("Record");
        assertThat(admin.has("Label")).isTrue();
        assertThat(admin.path("Track").path("detail_fields").toString()).contains("\"bpm\"");
        assertThat(admin.path("Employee").path("detail_fields").toString()).doesNotContain("fax");
        assertThat(admin.path("Customer").path("detail_fields").toString()).contains("fax");
        String dump = read(project, DerivedFiles.SCHEMA_DUMP);
        String employeeTable = dump.substring(dump.indexOf("CREATE TABLE [Employee]"));
        assertThat(dump).contains("Bpm").contains("CREATE TABLE Label");
        assertThat(employeeTable.substring(0, employeeTable.indexOf(");"))).doesNotContain("Fax");
        assertThat(read(project, "NOTES.md")).isEqualTo("mine\n");
        assertProjectIsValid(project);

        Map<String, String> before = ProjectFiles.snapshot(project);
        var times = ProjectFiles.ageAll(project);
        assertThat(rebuild(project).changedFiles()).isFalse();
        assertThat(ProjectFiles.snapshot(project)).isEqualTo(before);
        assertThat(ProjectFiles.modificationTimes(project)).isEqualTo(times);
    }

    private void assertProjectIsValid(Path project) throws Exception {
        Map<String, String> dtos = new TreeMap<>(ProjectFiles.snapshot(project));
        dtos.keySet().removeIf(p -> !p.startsWith(DTO));
        assertThat(dtos).hasSizeGreaterThanOrEqualTo(33);
        assertThat(JavaCompilation.compile(dtos, dir.resolve("build-" + dtos.size()))).isEmpty();
        var parsed = new OpenAPIV3Parser().readContents(read(project, OpenApiGenerator.PATH), null,
                new ParseOptions());
        assertThat(parsed.getMessages()).isEmpty();
    }
}
