package dev.strata.maven;

import dev.strata.api.project.RebuildResult;
import dev.strata.codegen.RegenerationResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.util.Optional;
import java.util.stream.Stream;

/** What a rebuild did, as log lines; files left with conflict markers fail the build. */
final class Rebuilds {
    private Rebuilds() {
    }

    static void report(Log log, RebuildResult result) throws MojoFailureException {
        result.omissions().forEach(o -> log.info("not in the entities: " + o.object() + ": " + o.reason()));
        Stream.of(result.entities(), result.derived()).flatMap(Optional::stream).forEach(r -> files(log, r));
        long unchanged = Stream.of(result.entities(), result.derived()).flatMap(Optional::stream)
                .mapToLong(r -> r.unchanged().size()).sum();
        log.info(unchanged + " generated files already up to date");
        if (!result.conflicts().isEmpty()) {
            throw new MojoFailureException(result.conflicts().size() + " file(s) need you: resolve the conflict "
                    + "markers in " + String.join(", ", result.conflicts()) + ", then run the rebuild again");
        }
    }

    private static void files(Log log, RegenerationResult r) {
        String would = r.dryRun() ? "would be " : "";
        r.written().forEach(p -> log.info(would + "written:  " + p));
        r.merged().forEach(p -> log.info(would + "merged:   " + p + " (your edits kept)"));
        r.conflicts().forEach(p -> log.warn("CONFLICT: " + p));
        r.notes().forEach(n -> log.info("  " + n));
        r.deleted().forEach(p -> log.info(would + "deleted:  " + p));
        r.kept().forEach(p -> log.info("kept:     " + p + " (no longer generated; you edited it, so it stays)"));
    }
}
