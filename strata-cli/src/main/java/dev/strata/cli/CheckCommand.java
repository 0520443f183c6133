package dev.strata.cli;

import dev.strata.api.CheckResult;
import dev.strata.error.ExitCode;
import dev.strata.format.ChangeText;
import dev.strata.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code strata check}: a CI gate, like {@code alembic check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the database with the JPA entities below the models directory. Exit 0 when they "
                + "agree, 3 with the list of differences when they do not (run `strata revision --autogenerate`), 4 "
                + "when no entity is found while the database has tables.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--no-online", description = "Plan one plain statement per change instead of the online ones "
            + "(PostgreSQL: no CONCURRENTLY, no NOT VALID then VALIDATE); strata.yaml's 'online: false' does the same.")
    boolean noOnline;

    @Mixin
    ProjectOptions project;

    @Mixin
    FilterOptions compare;

    @Mixin
    ResultOptions output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CheckResult result;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            result = project.strata(noOnline).withProgress(progress).check(compare.scope());
        }
        Plan plan = result.differences();
        String text = result.matches() ? "ok: the database matches the models\n" : ChangeText.write(plan);
        output.print(text, () -> json(plan), spec.commandLine().getOut());
        if (result.matches()) {
            return 0;
        }
        spec.commandLine().getErr().println("strata: the database differs from the models in " + plan.changes().size()
                + " change(s): run `strata revision --autogenerate -m MESSAGE`, review it, then `strata upgrade head`");
        return ExitCode.DIFFERENCES.code();
    }

    private static Map<String, Object> json(Plan plan) {
        Map<String, Object> tree = PlanJson.of(plan, List.of());
        tree.put("matches", plan.isEmpty());
        return tree;
    }
}
