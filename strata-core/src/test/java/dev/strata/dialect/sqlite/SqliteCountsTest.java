package dev.strata.dialect.sqlite;

import dev.strata.model.Counts;
import dev.strata.model.SchemaModel;
import dev.strata.testkit.SqliteCatalog;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The counts in the model equal what sqlite_schema and the pragmas report. */
class SqliteCountsTest {
    private static final String USER = " m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ";
    /** Ordinary tables: not virtual tables nor their shadow tables, which the model lists as unmanaged. */
    private static final String TABLES = " pragma_table_list m ";
    private static final String ORDINARY = " m.schema = 'main' AND m.type = 'table' AND";

    @TempDir
    Path dir;

    static Stream<SqliteRoundTripTest.SqliteCase> cases() {
        return SqliteRoundTripTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsEqualTheCatalogs(SqliteRoundTripTest.SqliteCase c) {
        Path db = SqliteFiles.fresh(dir, "counts");
        SqliteFiles.load(db, c.files().toArray(Path[]::new));
        SchemaModel model = SqliteRoundTripTest.inspect(db);
        Counts counts = model.counts();

        assertThat(counts.tables()).isPositive().isEqualTo(count(db, "SELECT count(*) FROM pragma_table_list m "
                + "WHERE schema = 'main' AND type = 'table' AND" + USER));
        assertThat(counts.columns()).isEqualTo(count(db, "SELECT count(*) FROM" + TABLES
                + "JOIN pragma_table_xinfo(m.name) WHERE" + ORDINARY + USER));
        assertThat(counts.indexes()).isEqualTo(count(db, "SELECT count(*) FROM" + TABLES
                + "JOIN pragma_index_list(m.name) i WHERE" + ORDINARY + " i.origin = 'c' AND" + USER));
        assertThat(uniques(model)).isEqualTo(count(db, "SELECT count(*) FROM" + TABLES
                + "JOIN pragma_index_list(m.name) i WHERE" + ORDINARY + " i.origin = 'u' AND" + USER));
        assertThat(counts.foreignKeys()).isEqualTo(count(db, "SELECT count(DISTINCT m.name || '/' || f.id) "
                + "FROM" + TABLES + "JOIN pragma_foreign_key_list(m.name) f WHERE" + ORDINARY + USER));
        assertThat(counts.checks()).isEqualTo(checkClauses(db));
        assertThat(counts.views()).isEqualTo(count(db, "SELECT count(*) FROM sqlite_schema m WHERE type = 'view'"));
        assertThat(counts.triggers() + model.unmanaged().stream().filter(u -> u.kind().equals("trigger")).count())
                .isEqualTo(count(db, "SELECT count(*) FROM sqlite_schema m WHERE type = 'trigger'"));
        assertThat(model.unmanaged().stream().filter(u -> u.kind().equals("virtual table")).count())
                .isEqualTo(count(db, "SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'"));
    }

    private static int uniques(SchemaModel model) {
        return model.schemas().stream().flatMap(s -> s.tables().stream()).mapToInt(t -> t.uniques().size()).sum();
    }

    /** CHECK clauses found by the test kit's own scan of every table's statement. */
    private static long checkClauses(Path db) {
        String all = SqliteCatalog.describe(db);
        return all.lines().filter(l -> l.startsWith("  check ")).count();
    }

    private static long count(Path db, String query) {
        return SqliteCatalog.count(db, query);
    }
}
