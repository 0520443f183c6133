package dev.strata.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package layering of strata, held for the main classes of every library module and the facade (this module
 * sees them all; the CLI, which depends on this module, cannot be seen from here and is held by the Maven module
 * graph instead): model <- diff <- plan <- dialect SPI <- dialect implementations <- api <- front ends, and no cycle
 * between packages.
 */
class LayeringTest {
    private static final String[] DIALECTS = {"dev.strata.dialect.postgres..", "dev.strata.dialect.mysql..",
            "dev.strata.dialect.sqlite..", "dev.strata.dialect.h2.."};
    /** strata-core outside the dialect implementations. */
    private static final String[] CORE = {"dev.strata.model..", "dev.strata.diff..", "dev.strata.plan..",
            "dev.strata.dialect", "dev.strata.inspect..", "dev.strata.dump..", "dev.strata.migrate..",
            "dev.strata.config..", "dev.strata.format..", "dev.strata.error..", "dev.strata.progress..",
            "dev.strata.files..", "dev.strata.naming..", "dev.strata.sql..",
            "dev.strata.sample.."};

    /** Main classes only: a reactor build puts the modules' test jars (core's testkit) on the class path too. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.strata");

    @Test
    void everyModuleIsImported() {
        List<String> samples = List.of("dev.strata.model.SchemaModel", "dev.strata.dialect.postgres.PostgresDialect",
                "dev.strata.jpa.read.EntityReader", "dev.strata.codegen.Regeneration", "dev.strata.api.Strata");
        assertThat(samples).allMatch(CLASSES::contain);
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        check(slices().matching("dev.strata.(*)..").should().beFreeOfCycles());
    }

    @Test
    void noCycleBetweenAnyTwoPackages() {
        check(slices().matching("dev.strata.(**)").should().beFreeOfCycles());
    }

    @Test
    void noCycleBetweenDialects() {
        check(slices().matching("dev.strata.dialect.(*)..").should().beFreeOfCycles());
    }

    @Test
    void layersDependOnlyDownwards() {
        check(layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("dev.strata.model..")
                .layer("diff").definedBy("dev.strata.diff..")
                .layer("plan").definedBy("dev.strata.plan..")
                .layer("dialect SPI").definedBy("dev.strata.dialect")
                .layer("dialects").definedBy(DIALECTS)
                .layer("api").definedBy("dev.strata.api..")
                .layer("front ends").definedBy("dev.strata.cli..")
                .whereLayer("front ends").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("front ends")
                .whereLayer("dialects").mayOnlyBeAccessedByLayers("api", "front ends")
                .whereLayer("dialect SPI").mayOnlyBeAccessedByLayers("dialects", "api", "front ends")
                .whereLayer("plan").mayOnlyBeAccessedByLayers("dialect SPI", "dialects", "api", "front ends")
                .whereLayer("diff").mayOnlyBeAccessedByLayers("plan", "dialect SPI", "dialects", "api", "front ends"));
    }

    @Test
    void coreNeverImportsADialect() {
        check(noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(DIALECTS));
    }

    @Test
    void dialectsNeverImportEachOther() {
        check(slices().matching("dev.strata.dialect.(*)..").should().notDependOnEachOther());
    }

    @Test
    void jpaAndCodegenNeverTouchJdbc() {
        check(noClasses().that().resideInAnyPackage("dev.strata.jpa..", "dev.strata.codegen..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql.."));
    }

    @Test
    void jpaAndCodegenNeverImportADialect() {
        check(noClasses().that().resideInAnyPackage("dev.strata.jpa..", "dev.strata.codegen..")
                .should().dependOnClassesThat().resideInAnyPackage(DIALECTS));
    }

    @Test
    void nothingBelowTheFacadeImportsIt() {
        check(noClasses().that().resideOutsideOfPackages("dev.strata.api..", "dev.strata.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.strata.api.."));
    }

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }
}
