package dev.strata.spring;

import dev.strata.spring.sample.SampleApplication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sample application as a separate JVM on the test class path, stopping once it has started. */
final class SampleProcess {
    private SampleProcess() {
    }

    static List<String> command(SampleDatabase db, String... moreArguments) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                SampleApplication.class.getName(), "--server.port=0", "--sample.exit-after-start=true",
                "--spring.main.banner-mode=off"));
        cmd.addAll(db.arguments());
        cmd.addAll(List.of(moreArguments));
        return cmd;
    }
}
