package dev.strata.api.project;

import dev.strata.codegen.RegenerationResult;
import dev.strata.error.ExitCode;
import dev.strata.jpa.generate.Omission;

import java.util.List;
import java.util.Optional;

/**
 * What a rebuild did to the project (or, for a dry run, would do).
 *
 * @param entities  the entity sources' regeneration; empty for {@code rebuild-from-model}
 * @param derived   the derived files' regeneration; empty when the entities have conflicts to resolve first
 * @param omissions what of the database the entities do not carry (views, tables without a key, ...)
 */
public record RebuildResult(Optional<RegenerationResult> entities, Optional<RegenerationResult> derived,
                            List<Omission> omissions) {
    public RebuildResult {
        omissions = List.copyOf(omissions);
    }

    /** Every file that needs the user, sorted: entity sources with conflicts, then derived files. */
    public List<String> conflicts() {
        return java.util.stream.Stream.of(entities, derived).flatMap(Optional::stream)
                .flatMap(r -> r.conflicts().stream()).toList();
    }

    /** {@link ExitCode#MERGE_CONFLICT} when a file needs the user's attention, else {@link ExitCode#OK}. */
    public ExitCode exitCode() {
        return conflicts().isEmpty() ? ExitCode.OK : ExitCode.MERGE_CONFLICT;
    }
}
