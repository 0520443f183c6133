package dev.strata.spring;

import java.nio.file.Path;

/** Where the sample application's sources and revisions are, from the module directory (surefire's working dir). */
final class SampleProject {
    static final Path ENTITIES = Path.of("src/test/java/dev/strata/spring/sample").toAbsolutePath();
    static final Path REVISIONS = Path.of("src/test/resources/db/strata").toAbsolutePath();

    private SampleProject() {
    }
}
