package dev.strata.cli;

import dev.strata.codegen.RegenerationResult;
import dev.strata.jpa.generate.Omission;
import dev.strata.api.project.RebuildResult;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Prints what a rebuild did: one line per file touched, what the entities leave out, and what to do next. */
final class RebuildText {
    private RebuildText() {
    }

    /** The result for stdout: what the entities leave out, one line per file touched, and the count unchanged. */
    static String text(RebuildResult result) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        for (Omission o : result.omissions()) {
            out.println("not in the entities: " + o.object() + ": " + o.reason());
        }
        int unchanged = 0;
        for (Optional<RegenerationResult> part : List.of(result.entities(), result.derived())) {
            if (part.isPresent()) {
                print(part.get(), out);
                unchanged += part.get().unchanged().size();
            }
        }
        if (result.entities().isPresent() && result.derived().isEmpty()) {
            out.println("derived files not rebuilt: the entity sources have conflicts");
        }
        out.println(unchanged + " generated files already up to date");
        out.flush();
        return text.toString();
    }

    /** What to do next, for stderr in every format: naming trouble, two-way merges, conflicts. */
    static void hints(RebuildResult result, PrintWriter err) {
        if (result.omissions().stream().anyMatch(o -> o.reason().contains("naming strategy"))) {
            err.println("strata: some names would change under models.naming (Spring Boot's naming lower-cases every "
                    + "name, quoted ones too): for a database with such names set `naming: jpa` under `models:` in "
                    + "strata.yaml and rebuild");
        }
        long twoWay = Stream.of(result.entities(), result.derived()).flatMap(Optional::stream)
                .mapToLong(r -> r.twoWay().size()).sum();
        if (twoWay > 0) {
            err.println("strata: no record of the last generation (.strata/manifest.json and .strata/base/), so "
                    + twoWay + " file(s) that differ from it were merged two ways, every difference marked; commit "
                    + ".strata/ with the generated files to get three-way merges");
        }
        if (!result.conflicts().isEmpty()) {
            err.println("strata: " + result.conflicts().size() + " file(s) need you: resolve the conflict markers "
                    + "(for admin.yaml, review ui/admin/admin-merge.yaml and delete it), then run the rebuild again");
        }
        err.flush();
    }

    private static void print(RegenerationResult r, PrintWriter out) {
        String would = r.dryRun() ? "would be " : "";
        r.written().forEach(p -> out.println(would + "written:  " + p));
        r.merged().forEach(p -> out.println(would + "merged:   " + p + " (your edits kept)"));
        r.conflicts().forEach(p -> out.println("CONFLICT: " + p));
        r.notes().forEach(n -> out.println("  " + n));
        r.deleted().forEach(p -> out.println(would + "deleted:  " + p));
        r.kept().forEach(p -> out.println("kept:     " + p + " (no longer generated; you edited it, so it stays)"));
    }
}
