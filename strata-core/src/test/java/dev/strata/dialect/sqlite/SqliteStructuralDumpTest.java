package dev.strata.dialect.sqlite;

import dev.strata.dump.DumpOptions;
import dev.strata.model.Index;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.testkit.SqliteCatalog;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables and indexes rendered from the model's structured fields (as for a model not read from SQLite, or a diff)
 * load into the same pragma-level catalog as the original statements.
 */
class SqliteStructuralDumpTest {
    @TempDir
    Path dir;

    static Stream<SqliteRoundTripTest.SqliteCase> cases() {
        return SqliteRoundTripTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renderedTablesLoadIntoTheSameCatalog(SqliteRoundTripTest.SqliteCase c) throws Exception {
        Path a = SqliteFiles.fresh(dir, "a");
        SqliteFiles.load(a, c.files().toArray(Path[]::new));
        SchemaModel model = withoutTableAndIndexDefinitions(SqliteRoundTripTest.inspect(a));
        String dump = new SqliteDumper().dump(model, DumpOptions.DEFAULT);
        assertThat(dump).doesNotContain("sqlite_autoindex");

        Path b = SqliteFiles.fresh(dir, "b");
        SqliteFiles.load(b, Files.writeString(dir.resolve("structural.sql"), dump));

        assertThat(SqliteCatalog.describe(b, false)).isEqualTo(SqliteCatalog.describe(a, false));
    }

    private static SchemaModel withoutTableAndIndexDefinitions(SchemaModel m) {
        List<Schema> schemas = m.schemas().stream().map(s -> new Schema(s.name(), s.owner(), s.comment(), s.grants(),
                s.tables().stream().map(SqliteStructuralDumpTest::withoutDefinitions).toList(), s.views(),
                s.sequences(), s.enums(), s.domains(), s.compositeTypes(), s.routines())).toList();
        return new SchemaModel(m.dialect(), schemas, m.extensions(), m.unmanaged());
    }

    private static Table withoutDefinitions(Table t) {
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.unique(), i.keys(), i.include(),
                i.where(), i.method(), i.comment(), i.options(), null)).toList();
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), indexes,
                t.triggers(), t.rules(), t.partitionBy(), t.partitionOf(), t.inherits(), t.rowSecurity(), t.owner(),
                t.comment(), t.grants(), t.options(), null);
    }
}
