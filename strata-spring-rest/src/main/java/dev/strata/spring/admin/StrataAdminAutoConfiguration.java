package dev.strata.spring.admin;

import dev.strata.spring.rest.ServedResources;
import dev.strata.spring.rest.StrataRestAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the admin web app at /admin: a page and its scripts from this jar, driven by ui/admin/admin.yaml read at
 * request time, over the REST API strata-spring-rest serves. The assets are served from a package of the jar rather
 * than META-INF/resources so that {@code strata.admin.enabled=false} removes them too.
 */
@AutoConfiguration(after = StrataRestAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "strata.admin", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AdminSettings.class)
public class StrataAdminAutoConfiguration {

    @Bean
    AdminController strataAdminController(AdminSettings settings, ResourceLoader loader,
                                          ObjectProvider<ServedResources> served) {
        return new AdminController(new AdminYaml(settings.config(), loader), served);
    }

    /** Scripts and styles revalidate on every load (Last-Modified), so a new starter version shows at once. */
    @Bean
    WebMvcConfigurer strataAdminAssets() {
        return new WebMvcConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                registry.addResourceHandler("/admin/assets/**")
                        .addResourceLocations("classpath:/" + AdminController.ASSETS)
                        .setCacheControl(CacheControl.noCache());
            }
        };
    }
}
