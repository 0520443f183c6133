package dev.strata.codegen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What strata generated last for one file: the text (the base of the next three-way merge) and its SHA-256, which
 * tells at a glance whether the user edited the file.
 */
public record ManifestEntry(String sha256, String text) {
    public static ManifestEntry of(String text) {
        return new ManifestEntry(sha256(text), text);
    }

    public boolean matches(String fileText) {
        return text.equals(fileText);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
