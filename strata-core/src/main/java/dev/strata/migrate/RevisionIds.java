package dev.strata.migrate;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Revision ids: 12 random hex digits when strata makes one; users may write any id of the allowed characters. */
public final class RevisionIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] KEYWORDS = {"head", "heads", "base", "current"};

    private RevisionIds() {
    }

    public static String generate() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Letters, digits, '_', '.', '-', at most 64, and not one of the target keywords. */
    public static boolean isValid(String id) {
        if (!VALID.matcher(id).matches()) {
            return false;
        }
        for (String k : KEYWORDS) {
            if (k.equalsIgnoreCase(id)) {
                return false;
            }
        }
        return true;
    }
}
