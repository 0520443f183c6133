package dev.strata.dialect.mysql;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dump.DumpOptions;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

import java.sql.Connection;

/**
 * Times inspect + dump in process on a benchmark database (not a suite test). Usage:
 * {@code java -cp ... dev.strata.dialect.mysql.MySqlDumpBench jdbc:mariadb://127.0.0.1:3306/bench_my_1000?user=root 5}
 */
public final class MySqlDumpBench {
    private MySqlDumpBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Dialect dialect = Dialects.forUrl(url);
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            try (Connection c = dialect.connect(url)) {
                long connected = System.nanoTime();
                SchemaModel model = Schemas.inspect(dialect, c, InspectOptions.ALL, Progress.NONE);
                long inspected = System.nanoTime();
                String dump = dialect.dumper().dump(model, DumpOptions.DEFAULT);
                long dumped = System.nanoTime();
                System.out.printf("round %d: connect %.0f ms, inspect %.0f ms, dump %.0f ms, total %.0f ms, "
                                + "%d tables, %d bytes%n", i + 1, ms(connected - start), ms(inspected - connected),
                        ms(dumped - inspected), ms(dumped - start), model.counts().tables(), dump.length());
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
