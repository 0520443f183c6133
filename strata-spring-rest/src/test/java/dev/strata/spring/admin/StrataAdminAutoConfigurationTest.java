package dev.strata.spring.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** /admin is served by default in a servlet application, and not at all with strata.admin.enabled=false. */
class StrataAdminAutoConfigurationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StrataAdminAutoConfiguration.class));

    @Test
    void servesTheAdminAppByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(AdminController.class);
            assertThat(context).hasBean("strataAdminAssets");
        });
    }

    @Test
    void strataAdminEnabledFalseRemovesThePageAndItsAssets() {
        runner.withPropertyValues("strata.admin.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(AdminController.class);
            assertThat(context).doesNotHaveBean("strataAdminAssets");
        });
    }
}
