import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * pgbench's write load for MariaDB, which has no pgbench: CLIENTS threads, each in a loop of one transaction (an
 * UPDATE of a random item, an INSERT of a new one) for SECONDS, every transaction logged in pgbench's --log format
 * (client_id transaction_no latency_us script_no epoch_s epoch_us), so latency.py reads both.
 *   java -cp mariadb-java-client.jar Writer.java JDBC_URL ROWS SECONDS CLIENTS LOG_PREFIX
 */
public class Writer {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int rows = Integer.parseInt(args[1]);
        long end = System.currentTimeMillis() + 1000L * Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> run(url, rows, end, client, Path.of(args[4] + "." + client)));
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void run(String url, int rows, long end, int client, Path log) {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement update = c.prepareStatement("UPDATE item SET qty = qty + 1 WHERE id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO item (parent_id, qty, note) VALUES (?, 1, 'w')");
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
            c.setAutoCommit(false);
            for (long n = 0; System.currentTimeMillis() < end; n++) {
                long start = System.nanoTime();
                update.setInt(1, 1 + ThreadLocalRandom.current().nextInt(rows));
                update.executeUpdate();
                insert.setInt(1, 1 + ThreadLocalRandom.current().nextInt(1000));
                insert.executeUpdate();
                c.commit();
                long latencyUs = (System.nanoTime() - start) / 1000;
                long nowUs = System.currentTimeMillis() * 1000;
                out.printf("%d %d %d 0 %d %d%n", client, n, latencyUs, nowUs / 1_000_000, nowUs % 1_000_000);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
