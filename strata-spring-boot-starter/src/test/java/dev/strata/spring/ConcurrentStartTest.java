package dev.strata.spring;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the sample application, two JVM processes started at the same moment on one empty database:
 * strata's lock lets one apply the revisions while the other waits and then finds nothing to do; both start.
 */
class ConcurrentStartTest {
    private static final Pattern SUMMARY = Pattern.compile("strata: database at \\S+, (\\d+) revision\\(s\\) applied");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "sqlite"})
    void twoInstancesStartingTogetherApplyEachRevisionOnce(String dialect) throws Exception {
        try (SampleDatabase db = SampleDatabase.create(dialect, tmp)) {
            List<Process> instances = new ArrayList<>();
            List<Path> logs = List.of(tmp.resolve("first.log"), tmp.resolve("second.log"));
            for (Path log : logs) {
                instances.add(new ProcessBuilder(SampleProcess.command(db)).redirectErrorStream(true).redirectOutput(log.toFile())
                        .start());
            }
            List<Integer> applied = new ArrayList<>();
            for (int i = 0; i < instances.size(); i++) {
                assertThat(instances.get(i).waitFor(180, TimeUnit.SECONDS)).as("instance %d ended", i).isTrue();
                String log = Files.readString(logs.get(i));
                assertThat(instances.get(i).exitValue()).as(log).isZero();
                assertThat(log).as(log).contains("SAMPLE-APPLICATION-STARTED");
                applied.add(appliedCount(log));
            }
            assertThat(applied).containsExactlyInAnyOrder(2, 0);
            assertThat(db.history()).containsExactly(SampleApplicationTest.FIRST, SampleApplicationTest.SEED);
        }
    }

    private static int appliedCount(String log) {
        Matcher m = SUMMARY.matcher(log);
        assertThat(m.find()).as("strata's summary line in %s", log).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
