package dev.strata.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 item 11c: {@code strata --version} prints the project's version, not "dev". */
class VersionOptionTest {
    @Test
    void versionIsTheProjectVersion() {
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Project.read(Path.of("pom.xml")));
        assertThat(parent.find()).isTrue();

        Cli.Run run = Cli.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("strata " + parent.group(1));
    }
}
