package dev.strata.dialect.postgres;

/** Compares extension versions ("1.3", "1.10", "2.0beta") number by number. */
final class PgVersions {
    private PgVersions() {
    }

    /** True when {@code a} is an earlier version than {@code b}. */
    static boolean older(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int cmp = Integer.compare(leadingNumber(x[i]), leadingNumber(y[i]));
            if (cmp != 0) {
                return cmp < 0;
            }
        }
        return x.length < y.length;
    }

    private static int leadingNumber(String part) {
        int end = 0;
        while (end < part.length() && Character.isDigit(part.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(part.substring(0, Math.min(end, 9)));
    }
}
