package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The registry of {@link MigrationSupport} classes found on the class path. */
public final class MigrationSupports {
    private static volatile List<MigrationSupport> all;

    private MigrationSupports() {
    }

    /** The support for a dialect name, or a usage error when migrations do not support that database. */
    public static MigrationSupport forDialect(String dialect) {
        for (MigrationSupport s : all()) {
            if (s.dialect().equals(dialect)) {
                return s;
            }
        }
        throw new StrataException(ExitCode.USAGE, "versioned migrations do not support " + dialect
                + " yet: use PostgreSQL, MariaDB/MySQL or SQLite");
    }

    /** True when versioned migrations support the dialect. */
    public static boolean supports(String dialect) {
        return all().stream().anyMatch(s -> s.dialect().equals(dialect));
    }

    private static List<MigrationSupport> all() {
        List<MigrationSupport> found = all;
        if (found == null) {
            found = new ArrayList<>();
            for (MigrationSupport s : ServiceLoader.load(MigrationSupport.class,
                    MigrationSupports.class.getClassLoader())) {
                found.add(s);
            }
            all = found = List.copyOf(found);
        }
        return found;
    }
}
