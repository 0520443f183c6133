package dev.strata.jpa.generate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes generated files below a source root: only those whose content changed (jOOQ does the same, so build
 * tools and editors see no spurious change), each to a temporary name first and then moved into place.
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
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, bytes);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "Cannot write " + target + ": " + e.getMessage()
                    + ". Check that the models directory is writable.", e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
