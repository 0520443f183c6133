package dev.strata.spring.rest;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Serves the REST API that strata's api/openapi.yaml documents for every JPA entity with DTO records: list with
 * paging, sort, filters and include; get, create, patch and delete; errors as application/problem+json.
 */
@AutoConfiguration(after = {HibernateJpaAutoConfiguration.class, WebMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(EntityManagerFactory.class)
@ConditionalOnProperty(prefix = "strata.rest", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(RestSettings.class)
public class StrataRestAutoConfiguration {

    @Bean
    RestEndpoints strataRestEndpoints(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
            EntityManagerFactory emf, PlatformTransactionManager transactions, ObjectProvider<ObjectMapper> json,
            ObjectProvider<Validator> validator, RestSettings settings, ResourceLoader loader,
            Environment environment) {
        ResourceCatalog catalog = new ResourceCatalog(emf, settings.dtoPackage(),
                UserKeys.read(loader, environment.getProperty("strata.admin.config")));
        TransactionTemplate writes = new TransactionTemplate(transactions);
        TransactionTemplate reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        ResourceService service = new ResourceService(SharedEntityManagerCreator.createSharedEntityManager(emf),
                emf.getPersistenceUnitUtil(), writes, reads, json.getIfAvailable(ObjectMapper::new),
                validator.getIfAvailable(), catalog);
        return new RestEndpoints(mapping.getObject(), catalog, service, settings);
    }

    /** Tomcat refuses '[' and ']' in query strings unless told otherwise; filters are written {@code price[gt]=10}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.connector.Connector")
    static class TomcatBrackets {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> strataRestQueryBrackets() {
            return factory -> factory.addConnectorCustomizers(connector -> {
                Object configured = connector.getProperty("relaxedQueryChars");
                String chars = configured == null ? "" : configured.toString();
                connector.setProperty("relaxedQueryChars", chars + (chars.contains("[") ? "" : "[")
                        + (chars.contains("]") ? "" : "]"));
            });
        }
    }
}
