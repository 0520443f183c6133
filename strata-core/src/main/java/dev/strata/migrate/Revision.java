package dev.strata.migrate;

import dev.strata.plan.NotNullChange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One revision file: its id, its parents (none for a first revision, two or more for a merge), and its SQL.
 *
 * @param file           where it was read from, or null for a revision built in memory
 * @param checksum       SHA-256 of the file text with line endings normalized, recorded when it is applied
 * @param requiresNoNull the columns its upgrade makes NOT NULL ({@code -- requires: no nulls in t.c} header lines),
 *                       which must hold no NULL before it runs
 */
public record Revision(String id, List<String> parents, String message, String created,
                       List<Section> upgrade, List<Section> downgrade, Path file, String checksum,
                       List<NotNullChange> requiresNoNull) {
    public Revision {
        parents = List.copyOf(parents);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        requiresNoNull = List.copyOf(requiresNoNull);
    }

    public Revision(String id, List<String> parents, String message, String created, List<Section> upgrade,
                    List<Section> downgrade, Path file, String checksum) {
        this(id, parents, message, created, upgrade, downgrade, file, checksum, List.of());
    }

    /** A revision in memory with no SQL, for graphs built in tests and tools. */
    public static Revision of(String id, String... parents) {
        return new Revision(id, List.of(parents), "", "", List.of(), List.of(), null, "");
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** The upgrade section a dialect runs: its own if the file has one, else the common one. */
    public Optional<Section> upgradeFor(String dialect) {
        return sectionFor(upgrade, dialect);
    }

    public Optional<Section> downgradeFor(String dialect) {
        return sectionFor(downgrade, dialect);
    }

    private static Optional<Section> sectionFor(List<Section> sections, String dialect) {
        Optional<Section> own = sections.stream().filter(s -> s.dialect().equals(dialect)).findFirst();
        return own.isPresent() ? own : sections.stream().filter(s -> s.dialect().isEmpty()).findFirst();
    }

    /** The file name, or the id for a revision built in memory; used in messages. */
    public String displayFile() {
        return file == null ? id : file.toString();
    }
}
