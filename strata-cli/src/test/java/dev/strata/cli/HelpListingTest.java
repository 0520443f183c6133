package dev.strata.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: {@code strata} builds only the named command's full specification and lists the others by name and
 * description. What users see must not change: the listing, each command's help and its usage errors.
 */
class HelpListingTest {
    @Test
    void theListingIsWhatEveryFullySpecifiedCommandWouldPrint() {
        assertThat(Main.COMMANDS).hasSizeGreaterThan(20);
        CommandLine full = new CommandLine(new Main());
        Main.COMMANDS.forEach(command -> full.addSubcommand(command));
        StringWriter expected = new StringWriter();
        full.usage(new PrintWriter(expected, true));

        Cli.Run help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).isEqualTo(expected.toString()).contains("rebuild-from-database", "upgrade")
                .doesNotContain("__train");
    }

    @Test
    void helpOfACommandShowsItsOptions() {
        Cli.Run viaHelp = Cli.run("help", "dump");
        Cli.Run viaOption = Cli.run("dump", "--help");
        assertThat(viaHelp.exitCode()).isZero();
        assertThat(viaHelp.out()).contains("--url", "--init").isEqualTo(viaOption.out());
    }

    @Test
    void aCommandNamedTwiceStillRuns() {
        Cli.Run run = Cli.run("help", "help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: strata help");
    }

    @Test
    void usageErrorsNameTheCommand() {
        Cli.Run missingValue = Cli.run("current", "--url");
        assertThat(missingValue.exitCode()).isEqualTo(2);
        assertThat(missingValue.err()).startsWith("strata: missing required parameter for option '--url'")
                .endsWith("see `strata current --help`\n");
        Cli.Run unknown = Cli.run("bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("strata: unmatched argument at index 0: 'bogus': see `strata --help`\n");
    }
}
