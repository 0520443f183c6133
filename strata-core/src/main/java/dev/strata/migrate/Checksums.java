package dev.strata.migrate;

import dev.strata.files.Sha256;

/** SHA-256 checksums of revision text, independent of the platform's line endings. */
public final class Checksums {
    private Checksums() {
    }

    /** Hex SHA-256 of the text with CRLF and CR turned into LF, so a checkout on Windows keeps the checksum. */
    public static String of(String text) {
        return Sha256.hex(text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
