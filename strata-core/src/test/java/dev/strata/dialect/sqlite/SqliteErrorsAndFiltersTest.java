package dev.strata.dialect.sqlite;

import dev.strata.testkit.Schemas;
import dev.strata.dump.DumpOptions;
import dev.strata.error.ConnectionFailed;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.error.UnknownObject;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.Schema;
import dev.strata.model.Table;
import dev.strata.model.View;
import dev.strata.progress.Progress;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A missing database file is one clear error and stays missing; include/exclude filters select objects. */
class SqliteErrorsAndFiltersTest {
    @TempDir
    Path dir;

    @Test
    void missingFileIsAConnectionErrorAndCreatesNoFile() {
        Path missing = dir.resolve("no-such.db");
        String url = SqliteFiles.url(missing);

        assertThatThrownBy(() -> Schemas.inspect(url, InspectOptions.ALL, Progress.NONE))
                .isInstanceOf(ConnectionFailed.class)
                .hasMessage("the database file in " + url + " does not exist: check the path, or create the "
                        + "database first")
                .satisfies(e -> assertThat(((StrataException) e).exitCode()).isEqualTo(ExitCode.CONNECTION));
        assertThatThrownBy(() -> Schemas.dump(url, InspectOptions.ALL, DumpOptions.DEFAULT, Progress.NONE))
                .isInstanceOf(ConnectionFailed.class);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void tableFiltersSelectTablesAndViews() {
        Path db = features();
        InspectOptions options = new InspectOptions(List.of(), List.of(), List.of("book*", "main.author*"),
                List.of("book_tag"));

        Schema main = Schemas.inspect(SqliteFiles.url(db), options, Progress.NONE).schemas().get(0);

        assertThat(main.tables()).extracting(t -> t.name().name()).containsExactly("author", "book");
        assertThat(main.views()).extracting(v -> v.name().name()).containsExactly("author_books");
    }

    @Test
    void schemaFilters() {
        Path db = features();
        String url = SqliteFiles.url(db);

        assertThat(Schemas.inspect(url, InspectOptions.schemas("main"), Progress.NONE).schemas())
                .extracting(Schema::name).containsExactly("main");
        assertThat(Schemas.inspect(url, new InspectOptions(List.of(), List.of("ma*"), List.of(), List.of()),
                Progress.NONE).schemas()).isEmpty();
        assertThatThrownBy(() -> Schemas.inspect(url, InspectOptions.schemas("other"), Progress.NONE))
                .isInstanceOf(UnknownObject.class).hasMessageStartingWith("schema 'other' does not exist");
    }

    @Test
    void internalTablesAreNotUserObjects() {
        Schema main = Schemas.inspect(SqliteFiles.url(features()), InspectOptions.ALL, Progress.NONE)
                .schemas().get(0);

        assertThat(main.tables()).extracting(Table::name).noneMatch(n -> n.name().startsWith("sqlite_"));
        assertThat(main.views()).extracting(View::name).noneMatch(n -> n.name().startsWith("sqlite_"));
        assertThat(main.tables()).flatExtracting(Table::indexes).noneMatch(i -> i.name().startsWith("sqlite_"));
    }

    private Path features() {
        Path db = SqliteFiles.fresh(dir, "filters");
        SqliteFiles.load(db, SqliteFiles.resource("fixtures/sqlite/features.sql"));
        return db;
    }
}
