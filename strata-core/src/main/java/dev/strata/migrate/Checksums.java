package dev.strata.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums of revision text, independent of the platform's line endings. */
public final class Checksums {
    private Checksums() {
    }

    /** Hex SHA-256 of the text with CRLF and CR turned into LF, so a checkout on Windows keeps the checksum. */
    public static String of(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
