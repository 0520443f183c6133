package dev.strata.dialect.h2;

import dev.strata.dialect.Dialects;
import dev.strata.testkit.Schemas;
import dev.strata.dump.DumpOptions;
import dev.strata.error.ConnectionFailed;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.error.UnknownObject;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.Counts;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Counts against INFORMATION_SCHEMA, the missing-database error, and schema and table filters on H2. */
class H2CountsErrorsAndFiltersTest {
    private static final String USER_SCHEMAS = " <> 'INFORMATION_SCHEMA'";

    @TempDir
    Path dir;

    @Test
    void countsEqualInformationSchema() throws Exception {
        String url = features();
        Counts counts = H2RoundTripTest.inspect(url).counts();

        assertThat(counts.tables()).isEqualTo(count(url, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA" + USER_SCHEMAS));
        assertThat(counts.views()).isEqualTo(count(url, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.VIEWS "
                + "WHERE TABLE_SCHEMA" + USER_SCHEMAS));
        assertThat(counts.columns()).isEqualTo(count(url, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS c "
                + "JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
                + "WHERE t.TABLE_TYPE = 'BASE TABLE' AND t.TABLE_SCHEMA" + USER_SCHEMAS));
        assertThat(counts.indexes()).isEqualTo(count(url, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                + "WHERE NOT IS_GENERATED AND INDEX_SCHEMA" + USER_SCHEMAS));
        assertThat(counts.foreignKeys()).isEqualTo(constraints(url, "FOREIGN KEY"));
        assertThat(counts.checks()).isEqualTo(constraints(url, "CHECK"));
        assertThat(counts.sequences()).isEqualTo(count(url, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES "
                + "WHERE SEQUENCE_SCHEMA" + USER_SCHEMAS));
        assertThat(counts.routines()).isEqualTo(count(url, "SELECT COUNT(DISTINCT ROUTINE_NAME) "
                + "FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA" + USER_SCHEMAS));
        assertThat(counts.triggers()).isPositive().isEqualTo(count(url, "SELECT COUNT(DISTINCT TRIGGER_NAME) "
                + "FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA" + USER_SCHEMAS));
    }

    @Test
    void missingDatabaseIsAConnectionErrorAndCreatesNoFile() {
        Path missing = dir.resolve("nothing-here");
        String url = "jdbc:h2:file:" + missing.toAbsolutePath() + ";USER=sa;PASSWORD=topsecret";

        assertThatThrownBy(() -> Schemas.inspect(url, InspectOptions.ALL, Progress.NONE))
                .isInstanceOf(ConnectionFailed.class)
                .hasMessageContaining("does not exist").hasMessageNotContaining("topsecret")
                .satisfies(e -> assertThat(((StrataException) e).exitCode()).isEqualTo(ExitCode.CONNECTION));
        assertThatThrownBy(() -> Schemas.dump(url, InspectOptions.ALL, DumpOptions.DEFAULT, Progress.NONE))
                .isInstanceOf(ConnectionFailed.class);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void schemaAndTableFilters() throws Exception {
        String url = features();

        SchemaModel app = Schemas.inspect(url, InspectOptions.schemas("APP"), Progress.NONE);
        assertThat(app.schemas()).extracting(Schema::name).containsExactly("APP");
        assertThat(app.schemas().get(0).tables()).extracting(t -> t.name().name())
                .containsExactly("CUSTOMER", "INVOICE");

        SchemaModel filtered = Schemas.inspect(url, new InspectOptions(List.of(), List.of("PUB*"),
                List.of("APP.*"), List.of("*INVOICE*")), Progress.NONE);
        assertThat(filtered.schemas()).extracting(Schema::name).containsExactly("APP");
        assertThat(filtered.schemas().get(0).tables()).extracting(t -> t.name().name()).containsExactly("CUSTOMER");
        assertThat(filtered.schemas().get(0).views()).isEmpty();

        assertThatThrownBy(() -> Schemas.inspect(url, InspectOptions.schemas("NOPE"), Progress.NONE))
                .isInstanceOf(UnknownObject.class);
    }

    private String features() throws SQLException {
        String url = H2Databases.freshUrl(dir, "h2");
        H2Databases.load(url, SqliteFiles.resource("fixtures/h2/features.sql"));
        return url;
    }

    private static long constraints(String url, String type) throws SQLException {
        return count(url, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = '"
                + type + "' AND CONSTRAINT_SCHEMA" + USER_SCHEMAS);
    }

    private static long count(String url, String query) throws SQLException {
        try (Connection c = Dialects.forUrl(url).connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
