package dev.strata.cli;

import dev.strata.api.project.RebuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code strata rebuild-from-database}: entities from the database, then every file derived from them. */
@Command(name = "rebuild-from-database", mixinStandardHelpOptions = true,
        description = "Inspect the database, regenerate the JPA entities in the models package, then the files "
                + "derived from them (DTOs, api/openapi.yaml, ui/admin/admin.yaml, db/schema.sql, "
                + "db/schema-init.sql). Your edits are merged in; conflicts are marked and listed (exit 7).")
final class RebuildFromDatabaseCommand implements Callable<Integer> {
    @Option(names = "--dry-run", description = "List what would change; write nothing.")
    boolean dryRun;

    @Mixin
    ProjectOptions project;

    @Mixin
    ResultOptions output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RebuildResult result;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            result = project.strata().withProgress(progress).rebuildFromDatabase(dryRun);
        }
        output.print(RebuildText.text(result), () -> RebuildJson.of(result), spec.commandLine().getOut());
        RebuildText.hints(result, spec.commandLine().getErr());
        return result.exitCode().code();
    }
}
