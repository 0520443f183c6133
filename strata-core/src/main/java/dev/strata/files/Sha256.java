package dev.strata.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hex SHA-256 of text, the one fingerprint strata keeps of files: manifests, caches, revision checksums. */
public final class Sha256 {
    private Sha256() {
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes, as {@code sha256sum} prints it. */
    public static String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
