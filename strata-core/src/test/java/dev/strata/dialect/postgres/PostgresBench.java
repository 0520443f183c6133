package dev.strata.dialect.postgres;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dump.DumpOptions;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

import java.sql.Connection;

/**
 * In-process timing of inspect and dump on the synthetic bench databases (bench_pg_1000, bench_pg_5000 from
 * ../shared/bench/load.sh). Not part of the suite: run its main with the test class path.
 */
public final class PostgresBench {
    private PostgresBench() {
    }

    public static void main(String[] args) throws Exception {
        Dialect dialect = Dialects.named("postgresql");
        for (String db : args.length == 0 ? new String[] {"bench_pg_1000", "bench_pg_5000"} : args) {
            String url = "jdbc:postgresql://127.0.0.1:5432/" + db + "?user=postgres";
            for (int run = 0; run < 12; run++) {
                long t0 = System.nanoTime();
                SchemaModel model;
                try (Connection c = dialect.connect(url)) {
                    long t1 = System.nanoTime();
                    long[] last = {System.nanoTime()};
                    StringBuilder phases = new StringBuilder();
                    Progress timing = (phase, done, total) -> {
                        long now = System.nanoTime();
                        phases.append(String.format(" %d", (now - last[0]) / 1_000_000)).append("|").append(phase);
                        last[0] = now;
                    };
                    model = Schemas.inspect(dialect, c, InspectOptions.ALL, run == 11 ? timing : Progress.NONE);
                    long t2 = System.nanoTime();
                    String dump = dialect.dumper().dump(model, DumpOptions.DEFAULT);
                    long t3 = System.nanoTime();
                    System.out.printf("%s run %d: connect %d ms, inspect %d ms, dump %d ms (%d tables, %d bytes)%n",
                            db, run, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                            model.counts().tables(), dump.length());
                    if (run == 11) {
                        System.out.println("  phases (ms spent before each):" + phases);
                    }
                }
            }
        }
    }
}
