package dev.strata.dialect;

import dev.strata.error.UnsupportedUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The registry of dialects found on the class path. */
public final class Dialects {
    private static volatile List<Dialect> all;

    private Dialects() {
    }

    public static List<Dialect> all() {
        List<Dialect> found = all;
        if (found == null) {
            found = new ArrayList<>();
            for (Dialect d : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
                found.add(d);
            }
            all = found = List.copyOf(found);
        }
        return found;
    }

    /** The dialect for a JDBC URL, or {@link UnsupportedUrl}. */
    public static Dialect forUrl(String jdbcUrl) {
        for (Dialect d : all()) {
            if (jdbcUrl != null && d.accepts(jdbcUrl)) {
                return d;
            }
        }
        throw new UnsupportedUrl(jdbcUrl);
    }

    /** The dialect with this name ("postgresql", "mysql", "sqlite", "h2"). */
    public static Dialect named(String name) {
        for (Dialect d : all()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no dialect named " + name);
    }
}
