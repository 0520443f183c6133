package dev.strata.spring;

import dev.strata.api.Strata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * Upgrades the application's DataSource with strata at start-up, before JPA: placed as Spring Boot's
 * FlywayAutoConfiguration is (after the DataSource, before Hibernate), with the EntityManagerFactory made to depend
 * on the migration so that {@code spring.jpa.hibernate.ddl-auto=validate} sees the migrated schema.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "strata", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(StrataProperties.class)
public class StrataAutoConfiguration {

    /** The facade on the application's DataSource, for the application's own use too (current, history, ...). */
    @Bean
    @ConditionalOnMissingBean
    public Strata strata(ObjectProvider<DataSource> dataSource, StrataProperties properties) {
        return StrataProject.on(dataSource.getObject(), properties, Path.of(""));
    }

    @Bean
    @ConditionalOnMissingBean
    public StrataMigrationInitializer strataMigrationInitializer(Strata strata, StrataProperties properties) {
        return new StrataMigrationInitializer(strata, properties);
    }

    /**
     * JPA waits for the migration, as it waits for Flyway's. The post-processor only adds a dependency to
     * EntityManagerFactory definitions, so it is harmless in an application without one.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(LocalContainerEntityManagerFactoryBean.class)
    static class StrataJpaDependencyConfiguration {
        @Bean
        static EntityManagerFactoryDependsOnPostProcessor strataEntityManagerFactoryDependsOn() {
            return new EntityManagerFactoryDependsOnPostProcessor(StrataMigrationInitializer.class);
        }
    }
}
