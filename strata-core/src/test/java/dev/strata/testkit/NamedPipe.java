package dev.strata.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A named pipe (mkfifo) with a reader on the other end, standing in for a device such as /dev/null. */
public final class NamedPipe {
    private final Path path;
    private final CompletableFuture<String> read;

    private NamedPipe(Path path) {
        this.path = path;
        this.read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Creates the pipe at {@code path} and starts reading it. */
    public static NamedPipe at(Path path) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("mkfifo " + path + " exited with " + exit);
        }
        return new NamedPipe(path);
    }

    public Path path() {
        return path;
    }

    /** Everything written into the pipe until the writer closed it. */
    public String text() throws Exception {
        return read.get(60, TimeUnit.SECONDS);
    }
}
