package dev.strata.files;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * strata's one way to write a file: whole or not at all. The text goes to a temporary file in the target's own
 * directory (so that the move is a rename on one file system), which then replaces the target with an atomic move,
 * or a plain move where the file system has none. On failure the temporary file is deleted and a one-line
 * {@link StrataException} names the file, the reason and the next step. {@link #writeSynced} also flushes the file
 * and its directory to the device, for files whose loss after a crash would cost more than a rerun (revision files,
 * the manifest).
 *
 * <p>What the user names may not be a plain file: a symbolic link is written through (the link stays), and a device,
 * pipe or socket ({@code -o /dev/null}, {@code -o /dev/stdout} into a pipe) is written in place, as a stream can
 * only be: a rename would put a regular file where the device was, for every program on the machine when run as
 * root.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code file}, creating its directories, replacing what was there. */
    public static void write(Path file, String text) {
        write(file, text, false);
    }

    /** As {@link #write}, and on the device before returning (fsync of the file, then of its directory). */
    public static void writeSynced(Path file, String text) {
        write(file, text, true);
    }

    /** The file's text, or null when it does not exist. */
    public static String readIfExists(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new StrataException(ExitCode.INPUT, file + " is not UTF-8 text. Convert it to UTF-8, or move it "
                    + "away and run again to get strata's version.", e);
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot read " + file + " (" + reason(e) + ").", e);
        }
    }

    /** Deletes the file (or empty directory) if it exists. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot delete " + file + " (" + reason(e) + ").", e);
        }
    }

    private static void write(Path file, String text, boolean synced) {
        Path temp = null;
        try {
            Path target = destination(file);
            BasicFileAttributes existing = attributesIfExists(target);   // one stat: every file of a rebuild comes here
            if (existing != null && existing.isDirectory()) {
                throw new StrataException(ExitCode.INPUT, "cannot write " + file + ": it is a directory. Name a file"
                        + " in it instead, then run again.");
            }
            if (existing != null && !existing.isRegularFile()) {
                // A device, pipe or socket: written as a stream can only be.
                writeBytes(target, text.getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            Files.createDirectories(target.getParent());
            temp = temporaryBeside(target);
            writeBytes(temp, text.getBytes(StandardCharsets.UTF_8), synced);
            if (existing != null) {
                keepMode(target, temp);
            }
            move(temp, target);
            if (synced) {
                syncDirectory(target.getParent());
            }
        } catch (IOException e) {
            StrataException failure = cannotWrite(file, e);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        }
    }

    /**
     * Where the bytes go: the file a symbolic link leads to, so that the link is kept, else the path itself (also
     * for a link with no path at its end, such as {@code /dev/stdout} into a pipe, which is opened as named).
     */
    private static Path destination(Path file) {
        Path path = file.toAbsolutePath();
        if (!Files.isSymbolicLink(path)) {
            return path;
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;   // a dangling link: replaced by the file written
        }
    }

    /**
     * A new empty file next to {@code target}, with the mode the umask gives any new file (not createTempFile's
     * owner-only one, which the file would keep once it replaced the target).
     */
    private static Path temporaryBeside(Path target) throws IOException {
        while (true) {
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".strata-tmp");
            try {
                return Files.createFile(temp);   // exclusively: a name taken (or a link planted) is not written
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** What is at {@code target} (links followed), or null when nothing is. */
    private static BasicFileAttributes attributesIfExists(Path target) throws IOException {
        try {
            return Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Gives the written temporary file the mode of the file it replaces (after writing: the mode may be read-only). */
    private static void keepMode(Path target, Path temp) throws IOException {
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /** The failure as the user reads it: which file, why (disk full, permissions), what to do. */
    static StrataException cannotWrite(Path file, IOException e) {
        return new StrataException(ExitCode.INPUT, "cannot write " + file + " (" + reason(e)
                + "). Check that the directory is writable and the disk has free space, then run again.", e);
    }

    /** One line: a file system exception's message is the path alone, its reason says what went wrong. */
    static String reason(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or directory: " + e.getMessage();
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            reason = ((FileSystemException) e).getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return reason.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static void writeBytes(Path file, byte[] bytes, boolean synced) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (synced) {
                channel.force(true);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable; some platforms (Windows) cannot open a directory, where this is a no-op. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // the file itself is on the device; only the rename may be lost in a crash, as without this call
        }
    }
}
