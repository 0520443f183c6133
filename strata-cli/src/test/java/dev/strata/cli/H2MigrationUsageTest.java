package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 has no migration support (its dialect answers {@code Optional.empty()}): every migration verb on an H2 file
 * ends with the same usage error, raised in one place, and touches nothing.
 */
class H2MigrationUsageTest {
    private static final String MESSAGE =
            "versioned migrations do not support h2 yet: use PostgreSQL, MariaDB/MySQL or SQLite";

    @TempDir
    Path tmp;

    @Test
    void upgradeHeadOnAnH2FileIsAUsageError() {
        Project p = new Project(tmp.resolve("project"), "jdbc:h2:" + tmp.resolve("app"));
        p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");

        Project.Result upgrade = p.run("upgrade", "head");
        assertThat(upgrade.exit()).as(upgrade.all()).isEqualTo(2);
        assertThat(upgrade.err()).contains(MESSAGE);

        Project.Result offline = p.run("upgrade", "--sql");
        assertThat(offline.exit()).as(offline.all()).isEqualTo(2);
        assertThat(offline.err()).contains(MESSAGE);
    }
}
