package dev.strata.cli;

import dev.strata.api.CreateRequest;
import dev.strata.api.Created;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code strata create DIR --url URL}: a runnable Spring Boot project from a database. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a runnable Spring Boot project from a database: a pom with strata's starter, the "
                + "entities, DTOs, api/openapi.yaml, ui/admin/admin.yaml, strata.yaml and a first revision holding "
                + "the current schema, stamped on the database. No password is written to any file.")
final class CreateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new project's directory (absent or empty).")
    Path directory;

    @Option(names = "--package", paramLabel = "NAME", defaultValue = "app",
            description = "The application's Java package; entities go to NAME.model (default: ${DEFAULT-VALUE}).")
    String basePackage;

    @Option(names = "--from-model",
            description = "Start from entities you write: read no tables, write no first revision; "
                    + "`strata revision --autogenerate` makes the revisions.")
    boolean fromModel;

    @Mixin
    ProjectOptions project;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Created created;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            created = project.strata().withProgress(progress)
                    .create(new CreateRequest(directory, basePackage, fromModel, Version.current()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("created " + created.directory() + " (" + created.files().size() + " files)");
        created.baseline().ifPresent(id -> out.println("first revision " + id
                + " holds the database's schema; the database is stamped at it"));
        out.println("next: cd " + directory + " && mvn spring-boot:run");
        return 0;
    }
}
