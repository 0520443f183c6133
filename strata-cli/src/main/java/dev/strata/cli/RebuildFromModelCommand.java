package dev.strata.cli;

import dev.strata.api.project.RebuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code strata rebuild-from-model}: every derived file from the entity sources. */
@Command(name = "rebuild-from-model", mixinStandardHelpOptions = true,
        description = "Read the JPA entities of the models package and regenerate the files derived from them "
                + "(DTOs, api/openapi.yaml, ui/admin/admin.yaml). Your edits are merged in; conflicts are marked "
                + "and listed (exit 7). The database only tells which dialect the entities map onto.")
final class RebuildFromModelCommand implements Callable<Integer> {
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
            result = project.strata().withProgress(progress).rebuildFromModel(dryRun);
        }
        output.print(RebuildText.text(result), () -> RebuildJson.of(result), spec.commandLine().getOut());
        RebuildText.hints(result, spec.commandLine().getErr());
        return result.exitCode().code();
    }
}
