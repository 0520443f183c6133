package dev.strata.api.project;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.Column;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the application's naming can reach the database's names at all. Spring Boot's naming lower-cases and
 * splits every name, even one written in {@code @Table(name)} or quoted, so entities for a table {@code Album} with a
 * column {@code AlbumId} would map {@code album.album_id}: they would not start, and {@code check} would propose to
 * drop every table. Such a database needs names as written.
 */
public final class NamingFit {
    private NamingFit() {
    }

    /** Refuses, before anything is written, a database whose table or column names {@code naming} cannot keep. */
    static void require(SchemaModel database, NamingStrategy naming) {
        List<String> unreachable = unreachable(database, naming);
        if (!unreachable.isEmpty()) {
            throw new StrataException(ExitCode.VALIDATION, unreachable.get(0) + " cannot be mapped with models.naming: "
                    + naming.id() + " (" + unreachable.size() + " name(s) like it; Spring Boot's naming turns every"
                    + " name into lower-case snake_case): set models.naming: jpa in strata.yaml and run the application"
                    + " with spring.jpa.hibernate.naming.physical-strategy=org.hibernate.boot.model.naming."
                    + "PhysicalNamingStrategyStandardImpl, then run again; nothing was written");
        }
    }

    /** True when entities named by {@code naming} reach every table and column of the database. */
    public static boolean fits(SchemaModel database, NamingStrategy naming) {
        return unreachable(database, naming).isEmpty();
    }

    private static List<String> unreachable(SchemaModel database, NamingStrategy naming) {
        List<String> unreachable = new ArrayList<>();
        for (Schema s : database.schemas()) {
            for (Table t : s.tables()) {
                if (t.primaryKey() == null || t.partitionOf() != null) {
                    continue;   // no entity
                }
                check(naming, "table " + t.name(), t.name().name(), unreachable);
                for (Column c : t.columns()) {
                    check(naming, "column " + t.name() + "." + c.name(), c.name(), unreachable);
                }
            }
        }
        return unreachable;
    }

    private static void check(NamingStrategy naming, String what, String name, List<String> unreachable) {
        String physical = naming.physical(name);
        if (!physical.equals(name)) {
            unreachable.add(what + " (it would map " + physical + ")");
        }
    }
}
