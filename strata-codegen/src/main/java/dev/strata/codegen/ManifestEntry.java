package dev.strata.codegen;

import dev.strata.files.Sha256;

/**
 * What strata generated last for one file: its SHA-256, which tells whether the user edited the file, and its text
 * (the base of the next three-way merge), or null when the base text is not at hand (not committed, or a file of
 * an old manifest that lost it): such a file is merged two ways.
 */
public record ManifestEntry(String sha256, String text) {
    public static ManifestEntry of(String text) {
        return new ManifestEntry(Sha256.hex(text), text);
    }

    /** Whether {@code fileText} is this generation, in whichever line-ending convention the checkout uses. */
    public boolean matches(String fileText) {
        return sha256.equals(Sha256.hex(fileText)) || sha256.equals(Sha256.hex(fileText.replace("\r\n", "\n")));
    }

    /** The same hash with the base text, when {@code text} is that text (after a checkout's CRLF is undone). */
    ManifestEntry withBase(String text) {
        if (text == null) {
            return this;
        }
        String lf = text.replace("\r\n", "\n");
        return Sha256.hex(lf).equals(sha256) ? new ManifestEntry(sha256, lf) : this;
    }
}
