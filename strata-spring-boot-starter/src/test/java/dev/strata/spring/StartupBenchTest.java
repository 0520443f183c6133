package dev.strata.spring;

import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Start-up of the sample application on an empty PostgreSQL database, migrated by the starter, against the same
 * application migrated by Spring Boot's Flyway auto-configuration with the same SQL (the revisions' PostgreSQL
 * sections as V1, V2): each run a fresh JVM and a fresh database, alternating, as Spring Boot reports it ("process
 * running for"). A measurement, not a timed assertion: run with -Dtest=StartupBenchTest -Dstrata.bench=true
 * (-Dstrata.bench.rounds=N, default 7).
 */
class StartupBenchTest {
    private static final Pattern RUNNING = Pattern.compile("process running for ([0-9.]+)\\)");

    @TempDir
    Path tmp;

    @Test
    void starterAgainstFlyway() throws Exception {
        assumeTrue(Boolean.getBoolean("strata.bench"), "a benchmark: run with -Dstrata.bench=true");
        Path flyway = flywayMigrations();
        int rounds = Integer.getInteger("strata.bench.rounds", 7);
        List<Double> strata = new ArrayList<>();
        List<Double> flywayTimes = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            strata.add(startSeconds());
            flywayTimes.add(startSeconds("--strata.enabled=false", "--spring.flyway.enabled=true",
                    "--spring.flyway.locations=filesystem:" + flyway));
        }
        double s = median(strata.subList(1, rounds));
        double f = median(flywayTimes.subList(1, rounds));
        System.out.printf("BENCH start-up, median of %d after one warm-up: strata %.3f s, flyway %.3f s, "
                + "ratio %.2f%nBENCH strata %s%nBENCH flyway %s%n", rounds - 1, s, f, s / f, strata, flywayTimes);
    }

    /** Seconds until the application had started, on a fresh database that it must find migrated. */
    private double startSeconds(String... arguments) throws Exception {
        try (SampleDatabase db = SampleDatabase.create("postgresql", tmp)) {
            Path log = tmp.resolve("run.log");
            Process p = new ProcessBuilder(SampleProcess.command(db, arguments)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            String text = Files.readString(log);
            assertThat(p.exitValue()).as(text).isZero();
            assertThat(productCount(db)).isEqualTo(2);
            Matcher m = RUNNING.matcher(text);
            assertThat(m.find()).as(text).isTrue();
            return Double.parseDouble(m.group(1));
        }
    }

    /** The sample revisions' PostgreSQL SQL as Flyway versioned migrations. */
    private Path flywayMigrations() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("flyway"));
        List<Path> files;
        try (var list = Files.list(SampleProject.REVISIONS)) {
            files = list.sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Revision r = RevisionFile.parse(files.get(i), Files.readString(files.get(i)));
            String sql = r.upgradeFor("postgresql").orElseThrow().sql();
            Files.writeString(dir.resolve("V" + (i + 1) + "__" + r.message().replace(' ', '_') + ".sql"), sql);
        }
        return dir;
    }

    private static long productCount(SampleDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url());
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM products")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
