package dev.strata.cli;

import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Boots Hibernate (plain bootstrap, no Spring) with compiled entities and the naming Spring Boot configures
 * (Hibernate's {@code CamelCaseToUnderscoresNamingStrategy}, Spring's implicit naming) against a database with
 * {@code hibernate.hbm2ddl.auto=validate}: it throws when a mapping, table, column or type does not match.
 */
final class HibernateValidation {
    private HibernateValidation() {
    }

    static void validate(Path classes, String packageName, String url, String user) {
        boot(classes, packageName, url, user, null, "validate");
    }

    /**
     * Boots Hibernate with {@code hbm2ddl.auto} set to {@code action}: "validate", or "none" to build the mappings
     * only (what fails a Spring Boot start-up before any table is looked at); returns how many entities it mapped.
     */
    static int boot(Path classes, String packageName, String url, String user, String dialect, String action) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateValidation.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Configuration cfg = new Configuration()
                    .setProperty("hibernate.connection.url", url)
                    .setProperty("hibernate.hbm2ddl.auto", action)
                    .setProperty("hibernate.connection.pool_size", "1");
            // As Spring Boot configures Hibernate (the spring.jpa.hibernate.naming defaults).
            cfg.setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
            cfg.setImplicitNamingStrategy(new SpringImplicitNaming());
            if (user != null) {
                cfg.setProperty("hibernate.connection.username", user);
            }
            if (dialect != null) {
                cfg.setProperty("hibernate.dialect", dialect);
            }
            int entities = 0;
            for (String name : classNames(classes, packageName)) {
                Class<?> c = loader.loadClass(name);
                if (c.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                    cfg.addAnnotatedClass(c);
                    entities++;
                }
            }
            try (SessionFactory factory = cfg.buildSessionFactory()) {
                factory.getMetamodel();
            }
            return entities;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static List<String> classNames(Path classes, String packageName) throws IOException {
        try (Stream<Path> files = Files.list(classes.resolve(packageName.replace('.', '/')))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .sorted().map(n -> packageName + "." + n.substring(0, n.length() - 6)).toList();
        }
    }
}
