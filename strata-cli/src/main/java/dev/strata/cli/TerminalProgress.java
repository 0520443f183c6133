package dev.strata.cli;

import dev.strata.progress.Progress;

import java.io.PrintStream;

/**
 * Shows progress of long work on stderr when stderr is a terminal, redrawing one line at most ten times a second;
 * prints nothing when output is piped or captured, so logs and files stay clean.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private final PrintStream err;
    private long lastDraw;
    private boolean drawn;

    private TerminalProgress(PrintStream err) {
        this.err = err;
    }

    static TerminalProgress forTerminal(boolean quiet) {
        boolean terminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
        return new TerminalProgress(quiet || !terminal ? null : System.err);
    }

    @Override
    public void step(String phase, long done, long total) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 100_000_000L && done != total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        String count = total > 0 ? " " + done + "/" + total : done > 0 ? " " + done : "";
        err.print("\r\033[K" + phase + count);
        err.flush();
    }

    @Override
    public void close() {
        if (err != null && drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
