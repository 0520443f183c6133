package dev.strata.dialect.sqlite;

import dev.strata.dump.DumpOptions;
import dev.strata.model.SchemaModel;
import dev.strata.testkit.Processes;
import dev.strata.testkit.SqliteCatalog;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In-process inspect + dump of a generated 1,000-table SQLite database, timed against the sqlite3 shell's own
 * .schema. A measurement, not a timed assertion: run with -Dstrata.bench=true.
 */
class SqliteBenchTest {
    private static final int TABLES = Integer.getInteger("strata.bench.tables", 1000);

    @TempDir
    Path dir;

    @Test
    void inspectAndDumpThousandTables() throws Exception {
        assumeTrue(Boolean.getBoolean("strata.bench"), "benchmark: run with -Dstrata.bench=true");
        Path db = SqliteFiles.fresh(dir, "bench");
        SqliteFiles.load(db, Files.writeString(dir.resolve("bench.sql"), schema(TABLES, 42)));

        long best = Long.MAX_VALUE;
        long first = 0;
        String dump = null;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            SchemaModel model = SqliteRoundTripTest.inspect(db);
            dump = new SqliteDumper().dump(model, DumpOptions.DEFAULT);
            long elapsed = System.nanoTime() - start;
            first = run == 0 ? elapsed : first;
            best = Math.min(best, elapsed);
            assertThat(model.counts().tables()).isEqualTo(TABLES);
        }
        long shellStart = System.nanoTime();
        Processes.run(List.of("sqlite3", db.toString(), ".schema"), null, Map.of());
        long shell = System.nanoTime() - shellStart;
        System.out.printf("sqlite bench %d tables: inspect+dump first %.0f ms, best of 5 %.0f ms; "
                + "sqlite3 .schema (process) %.0f ms%n", TABLES, first / 1e6, best / 1e6, shell / 1e6);

        Path b = SqliteFiles.fresh(dir, "bench_b");
        SqliteFiles.load(b, Files.writeString(dir.resolve("dump.sql"), dump));
        assertThat(SqliteCatalog.describe(b)).isEqualTo(SqliteCatalog.describe(db));
    }

    /** A deterministic schema in the spirit of ../shared/bench/gen_schema.py, in SQLite's dialect. */
    static String schema(int tables, long seed) {
        Random rng = new Random(seed);
        String[] types = {"INTEGER", "BIGINT", "VARCHAR(40)", "TEXT", "NUMERIC(12,2)", "BOOLEAN", "DATETIME", "DATE"};
        String[] actions = {"CASCADE", "SET NULL", "RESTRICT", "NO ACTION"};
        StringBuilder sql = new StringBuilder();
        for (int t = 1; t <= tables; t++) {
            String name = String.format("t_%05d", t);
            sql.append("CREATE TABLE ").append(name).append(" (\n  id INTEGER PRIMARY KEY")
                    .append(rng.nextBoolean() ? " AUTOINCREMENT" : "").append(",\n")
                    .append("  code VARCHAR(").append(8 + rng.nextInt(24)).append(") NOT NULL UNIQUE,\n")
                    .append("  qty INTEGER NOT NULL DEFAULT 0 CHECK (qty >= 0),\n")
                    .append("  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP");
            int extra = 4 + rng.nextInt(5);
            for (int c = 1; c <= extra; c++) {
                sql.append(",\n  col_").append(c).append(' ').append(types[rng.nextInt(types.length)])
                        .append(rng.nextInt(3) == 0 ? " NOT NULL DEFAULT 0" : "");
            }
            int fks = t == 1 ? 0 : t == 2 ? 1 : 1 + rng.nextInt(2);
            for (int f = 1; f <= fks; f++) {
                sql.append(",\n  ref_").append(f).append(" INTEGER REFERENCES ")
                        .append(String.format("t_%05d", 1 + rng.nextInt(t - 1))).append(" (id) ON DELETE ")
                        .append(actions[rng.nextInt(actions.length)]);
            }
            sql.append("\n);\nCREATE INDEX ix_").append(name).append(" ON ").append(name)
                    .append(" (qty, created_at DESC);\n");
        }
        return sql.toString();
    }
}
