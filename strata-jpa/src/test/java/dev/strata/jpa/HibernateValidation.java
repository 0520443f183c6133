package dev.strata.jpa;

import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.Configuration;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Boots Hibernate (plain bootstrap, no Spring) with compiled entity classes against a database and
 * {@code hibernate.hbm2ddl.auto=validate}: it throws when a table, column or type does not match.
 */
final class HibernateValidation {
    private HibernateValidation() {
    }

    static void validate(Path classes, String packageName, String url, String user, String dialect) throws IOException {
        validate(classes, packageName, url, user, dialect, "jpa");
    }

    /** With {@code naming} "spring", Hibernate runs with Spring Boot's snake_case physical naming. */
    static void validate(Path classes, String packageName, String url, String user, String dialect, String naming)
            throws IOException {
        boot(classes, packageName, url, user, dialect, naming, "validate");
    }

    /** Boots Hibernate with {@code hbm2ddl.auto} set to {@code action} ("validate", "create"). */
    static void boot(Path classes, String packageName, String url, String user, String dialect, String naming,
                     String action) throws IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateValidation.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Configuration cfg = new Configuration()
                    .setProperty("hibernate.connection.url", url)
                    .setProperty("hibernate.hbm2ddl.auto", action)
                    .setProperty("hibernate.connection.pool_size", "1");
            if (naming.equals("spring")) {
                // As Spring Boot configures Hibernate (spring.jpa.hibernate.naming defaults).
                cfg.setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
                cfg.setImplicitNamingStrategy(new SpringImplicitNaming());
            }
            if (user != null) {
                cfg.setProperty("hibernate.connection.username", user);
            }
            if (dialect != null) {
                cfg.setProperty("hibernate.dialect", dialect);
            }
            for (String name : classNames(classes, packageName)) {
                Class<?> c = loader.loadClass(name);
                if (c.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                    cfg.addAnnotatedClass(c);
                }
            }
            try (SessionFactory factory = cfg.buildSessionFactory()) {
                factory.getMetamodel();
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static List<String> classNames(Path classes, String packageName) throws IOException {
        Path dir = classes.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .sorted().map(n -> packageName + "." + n.substring(0, n.length() - 6)).toList();
        }
    }
}
