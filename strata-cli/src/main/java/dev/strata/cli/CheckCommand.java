package dev.strata.cli;

import dev.strata.diff.Renames;
import dev.strata.error.ExitCode;
import dev.strata.format.ChangeText;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;
import dev.strata.api.schema.DatabaseNormalForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code strata check}: a CI gate, like {@code alembic check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the database with the JPA entities below the models directory. Exit 0 when they "
                + "agree, 3 with the list of differences when they do not (run `strata revision --autogenerate`), 4 "
                + "when no entity is found while the database has tables.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Mixin
    CompareOptions compare;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SchemaModel database;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            database = project.inspectDatabase(progress);
        }
        String url = project.migrations(Progress.NONE).url();
        Plan plan = compare.modelProject(project.loadConfig()).differences(database, Renames.NONE,
                models -> DatabaseNormalForm.of(models, url));
        if (plan.isEmpty()) {
            spec.commandLine().getOut().println("ok: the database matches the models");
            return 0;
        }
        spec.commandLine().getOut().print(ChangeText.write(plan));
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("strata: the database differs from the models in " + plan.changes().size()
                + " change(s): run `strata revision --autogenerate -m MESSAGE`, review it, then `strata upgrade head`");
        return ExitCode.DIFFERENCES.code();
    }
}
