package dev.strata.jpa.generate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.files.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes generated files below a source root: only those whose content changed (jOOQ does the same, so build
 * tools and editors see no spurious change), each whole or not at all ({@link AtomicFiles}).
 */
public final class SourceFiles {
    private SourceFiles() {
    }

    /** Writes the files; returns how many were written (the others already had this content). */
    public static int write(Path root, EntitySources sources) {
        int written = 0;
        for (GeneratedFile file : sources.files()) {
            if (writeIfChanged(root.resolve(file.relativePath()), file.content())) {
                written++;
            }
        }
        return written;
    }

    static boolean writeIfChanged(Path target, String content) {
        try {
            if (Files.isRegularFile(target)
                    && Arrays.equals(Files.readAllBytes(target), content.getBytes(StandardCharsets.UTF_8))) {
                return false;
            }
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "Cannot read " + target + ": " + e.getMessage()
                    + ". Check that the models directory is readable.", e);
        }
        AtomicFiles.write(target, content);
        return true;
    }
}
