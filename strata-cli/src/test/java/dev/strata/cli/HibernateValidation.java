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
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        return boot(classes, packageName, url, user, dialect, action, java.util.Map.of());
    }

    /** As {@link #boot}, with further Hibernate settings. */
    static int boot(Path classes, String packageName, String url, String user, String dialect, String action,
                    java.util.Map<String, String> settings) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateValidation.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Configuration cfg = new Configuration()
                    .setProperty("hibernate.connection.url", url)
                    .setProperty("hibernate.hbm2ddl.auto", action)
                    .setProperty("hibernate.connection.pool_size", "1");
            settings.forEach(cfg::setProperty);
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

    /**
     * Columns whose type name Hibernate 6.6's default (grouped) metadata extraction cannot read: it reads every
     * column of every table and view in the schema, whatever the entities map, and takes
     * {@code new StringTokenizer(TYPE_NAME, "() ").nextToken()} of each, which throws NoSuchElementException where
     * the driver reports no type (sqlite-jdbc for a view column that selects an expression).
     */
    static List<String> untypedColumns(String url, String user) {
        java.util.Properties props = new java.util.Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        List<String> untyped = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, props)) {
            java.util.Set<String> tablesAndViews = new java.util.HashSet<>();   // the kinds Hibernate reads
            try (java.sql.ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    tablesAndViews.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
                }
            }
            try (java.sql.ResultSet rs = c.getMetaData().getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME");
                    String type = rs.getString("TYPE_NAME");
                    if (tablesAndViews.contains(table)
                            && (type == null || !new java.util.StringTokenizer(type, "() ").hasMoreTokens())) {
                        untyped.add(table + "." + rs.getString("COLUMN_NAME"));
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return untyped;
    }

    /**
     * hbm2ddl validate of every entity. Where the database has {@link #untypedColumns} Hibernate's default
     * extraction fails before it looks at an entity, whatever they are: that exact failure is asserted (so that this
     * says when Hibernate reads such columns), and the entities are validated with table-by-table extraction
     * ({@code hibernate.hbm2ddl.jdbc_metadata_extraction_strategy=individually}), which reads their tables only.
     */
    static int validateAll(Path classes, String packageName, String url, String user, String dialect) {
        if (untypedColumns(url, user).isEmpty()) {
            return boot(classes, packageName, url, user, dialect, "validate");
        }
        assertThatThrownBy(() -> boot(classes, packageName, url, user, dialect, "validate"))
                .isInstanceOf(NoSuchElementException.class)
                .satisfies(e -> assertThat(e.getStackTrace()).extracting(
                        f -> f.getClassName() + "." + f.getMethodName()).startsWith(
                        "java.util.StringTokenizer.nextToken",
                        "org.hibernate.tool.schema.extract.internal.AbstractInformationExtractorImpl"
                                + ".addExtractedColumnInformation"));
        return boot(classes, packageName, url, user, dialect, "validate",
                java.util.Map.of("hibernate.hbm2ddl.jdbc_metadata_extraction_strategy", "individually"));
    }

    private static List<String> classNames(Path classes, String packageName) throws IOException {
        try (Stream<Path> files = Files.list(classes.resolve(packageName.replace('.', '/')))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .sorted().map(n -> packageName + "." + n.substring(0, n.length() - 6)).toList();
        }
    }
}
