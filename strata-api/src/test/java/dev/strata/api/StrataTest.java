package dev.strata.api;

import dev.strata.config.ProjectInit;
import dev.strata.config.StrataYaml;
import dev.strata.diff.DiffOptions;
import dev.strata.inspect.InspectOptions;
import dev.strata.migrate.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade on the road a build plugin or an application takes: real SQLite files, no CLI. */
class StrataTest {
    @TempDir
    Path dir;

    @Test
    void twoSchemaFilesAreComparedOnSqliteInMemoryWithoutAPreflight() throws IOException {
        Path from = write("from.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Path to = write("to.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n");

        DiffResult result = Strata.standalone().diff(DiffRequest.of(from.toString(), to.toString()));

        assertThat(result.dialect()).isEqualTo("sqlite");
        assertThat(result.plan().changes()).hasSize(1);
        assertThat(result.upgradeSql()).contains("email");
        assertThat(result.downgradeSql()).contains("email");
        assertThat(result.blockers()).isEmpty();
    }

    @Test
    void aSchemaFileIsLoadedBesideTheLiveDatabaseOnTheOtherSide() throws IOException {
        Path schema = write("schema.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n");
        Strata project = project();
        project.upgrade("head");
        String url = project.url();

        DiffResult result = Strata.standalone().diff(new DiffRequest(url, schema.toString(), Optional.empty(),
                InspectOptions.ALL, DiffOptions.DEFAULT, true));

        assertThat(result.plan().changes()).isNotEmpty();
        assertThat(result.upgradeSql()).contains("CREATE TABLE").contains("users");
        assertThat(Strata.forUrl(url).inspect(InspectOptions.ALL).schemas().get(0).tables()).isEmpty();
    }

    @Test
    void revisionVerbsReadOneGraph() {
        Strata strata = project();
        Path first = strata.revision("create users", null);
        Path second = strata.revision("add email", null);
        Path branch = strata.revision("add phone", id(first));

        assertThat(strata.heads()).extracting(Revision::id).containsExactlyInAnyOrder(id(second), id(branch));
        assertThat(strata.history(null)).extracting(Revision::id).last().isEqualTo(id(first));
        assertThat(strata.history(null)).hasSize(3);
        assertThat(strata.branches()).singleElement().satisfies(b -> {
            assertThat(b.point().id()).isEqualTo(id(first));
            assertThat(b.children()).extracting(Revision::id).containsExactlyInAnyOrder(id(second), id(branch));
        });
        assertThat(strata.show(id(branch).substring(0, 8)).message()).isEqualTo("add phone");

        Path merge = strata.merge("join", List.of());
        assertThat(strata.show("head").id()).isEqualTo(id(merge));
        assertThat(strata.upgrade("head").headsAfter()).containsExactly(id(merge));
        assertThat(strata.current().pending()).isEmpty();
    }

    @Test
    void withMethodsReturnChangedCopies() {
        Strata strata = project();
        Strata elsewhere = strata.withUrl("jdbc:sqlite:" + dir.resolve("other.db"));
        assertThat(elsewhere.url()).endsWith("other.db");
        assertThat(strata.url()).doesNotEndWith("other.db");
    }

    private Strata project() {
        ProjectInit.init(dir);
        return Strata.configure(StrataYaml.load(dir.resolve("strata.yaml")));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** A revision file is named TIMESTAMP_ID_slug.sql. */
    private static String id(Path revision) {
        return revision.getFileName().toString().split("_")[1];
    }
}
