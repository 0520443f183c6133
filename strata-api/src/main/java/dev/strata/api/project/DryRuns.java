package dev.strata.api.project;

import dev.strata.codegen.RegenerationResult;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A dry run is the real rebuild on a scratch copy of the project: the derived files depend on the entity sources
 * as merged, which only exist once written. The project itself is not touched.
 */
final class DryRuns {
    /** Build output and version control: never generated, never read by a rebuild. */
    private static final Set<String> SKIPPED = Set.of(".git", "target", "build", "node_modules", ".gradle", ".idea");

    private DryRuns() {
    }

    static RebuildResult inCopy(ModelSettings settings, Function<ModelSettings, RebuildResult> rebuild) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("strata-dry-run");
        } catch (IOException e) {
            throw new StrataException(ExitCode.BUG, "cannot create a scratch directory for --dry-run: "
                    + e.getMessage() + "; check the temporary directory's space and permissions", e);
        }
        try {
            copy(settings.projectDirectory(), scratch);
            RebuildResult result = rebuild.apply(settings.relocatedTo(scratch));
            return new RebuildResult(result.entities().map(DryRuns::dry), result.derived().map(DryRuns::dry),
                    result.omissions());
        } finally {
            delete(scratch);
        }
    }

    private static RegenerationResult dry(RegenerationResult r) {
        return r.asDryRun();
    }

    private static void copy(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(p -> !skipped(from.relativize(p))).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(source)) {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new StrataException(ExitCode.BUG, "cannot copy " + from + " for --dry-run: " + e.getMessage(), e);
        }
    }

    private static boolean skipped(Path relative) {
        return relative.getNameCount() > 0 && SKIPPED.contains(relative.getName(0).toString());
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch directory left behind in the temporary directory harms nothing
        }
    }

}
