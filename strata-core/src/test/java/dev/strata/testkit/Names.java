package dev.strata.testkit;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique database names for tests, so that runs never collide and never touch anything else. */
public final class Names {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Names() {
    }

    public static String unique(String tag) {
        String clean = tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (clean.length() > 24) {
            clean = clean.substring(0, 24);
        }
        return "strata_t_" + clean + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    }
}
