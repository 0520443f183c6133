package dev.strata.codegen;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * File access for regeneration: writes go to a temporary file moved into place, so a failure never leaves half a
 * file.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    /** The file's text, or null when it does not exist. */
    static String readIfExists(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new StrataException(ExitCode.INPUT, file + " is not UTF-8 text. Convert it to UTF-8, or move it "
                    + "away and rebuild to get strata's version.", e);
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    static void write(Path file, String text) {
        Path temp = file.resolveSibling("." + file.getFileName() + ".strata-tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            move(temp, file);
        } catch (IOException e) {
            StrataException failure = new StrataException(ExitCode.INPUT, "cannot write " + file + " ("
                    + e.getMessage() + "). Check the directory's permissions and free space, then rebuild.", e);
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot delete " + file + " (" + e.getMessage() + ").", e);
        }
    }
}
