package dev.strata.e2e;

import dev.strata.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The strata command line as the user types it, run in-process; a non-zero exit fails the test with its output. */
final class StrataCli {
    private StrataCli() {
    }

    /** Runs {@code strata ARGS}; returns what it printed. */
    static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(exit).as("strata " + String.join(" ", args) + "\n" + out + err).isZero();
        return out.toString();
    }

    /** {@code strata create DIR/music --url URL --package org.example.music}: the README's chinook project. */
    static Path createMusic(Path dir, String url) {
        Path app = dir.resolve("music");
        run("create", app.toString(), "--url", url, "--package", "org.example.music", "--quiet");
        return app;
    }
}
