package dev.strata.cli;

import dev.strata.codegen.RegenerationResult;
import dev.strata.api.project.RebuildResult;

import java.util.Map;

import static dev.strata.cli.JsonOutput.object;

/** What a rebuild did (or would do, with --dry-run) as a JSON tree; file lists sorted as the result sorts them. */
final class RebuildJson {
    private RebuildJson() {
    }

    static Map<String, Object> of(RebuildResult result) {
        return object("entities", result.entities().map(RebuildJson::files).orElse(null),
                "derived", result.derived().map(RebuildJson::files).orElse(null),
                "omissions", result.omissions().stream().map(o -> object("object", o.object(), "reason", o.reason()))
                        .toList(),
                "conflicts", result.conflicts());
    }

    private static Map<String, Object> files(RegenerationResult r) {
        return object("dryRun", r.dryRun(), "written", r.written(), "merged", r.merged(), "conflicts", r.conflicts(),
                "unchanged", r.unchanged(), "deleted", r.deleted(), "kept", r.kept(), "twoWay", r.twoWay(),
                "notes", r.notes());
    }
}
