package dev.strata.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** strata run as its own JVM, as a deploy job would start it, so that it can run in parallel or be killed. */
final class StrataProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private StrataProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static StrataProcess start(Project project, Path logDir, String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.strata.cli.Main"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--config", project.config().toString(), "--url", project.url));
        try {
            Path out = logDir.resolve(name + ".out");
            Path err = logDir.resolve(name + ".err");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new StrataProcess(p, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int waitFor() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("strata did not finish in 5 minutes");
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hooks, no cleanup, the connection just drops. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(out) + Files.readString(err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
