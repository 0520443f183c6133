package dev.strata.cli;

import dev.strata.files.AtomicFiles;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Writes command output to stdout or to a file; files are written whole or not at all ({@link AtomicFiles}). */
final class Output {
    private Output() {
    }

    static void write(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        AtomicFiles.write(file, text);
    }
}
