package dev.strata.codegen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What strata generated last for one file: its SHA-256, which tells whether the user edited the file, and its text
 * (the base of the next three-way merge), or null when the base text is not at hand (not committed, or a file of
 * an old manifest that lost it): such a file is merged two ways.
 */
public record ManifestEntry(String sha256, String text) {
    public static ManifestEntry of(String text) {
        return new ManifestEntry(sha256(text), text);
    }

    /** Whether {@code fileText} is this generation, in whichever line-ending convention the checkout uses. */
    public boolean matches(String fileText) {
        return sha256.equals(sha256(fileText)) || sha256.equals(sha256(fileText.replace("\r\n", "\n")));
    }

    /** The same hash with the base text, when {@code text} is that text (after a checkout's CRLF is undone). */
    ManifestEntry withBase(String text) {
        if (text == null) {
            return this;
        }
        String lf = text.replace("\r\n", "\n");
        return sha256(lf).equals(sha256) ? new ManifestEntry(sha256, lf) : this;
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
