package dev.strata.jpa.testkit;

import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.Configuration;

import java.io.IOException;
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
 * Boots Hibernate (plain bootstrap, no Spring) with compiled entity classes against a database and
 * {@code hibernate.hbm2ddl.auto=validate}: it throws when a table, column or type does not match. Shared by the JPA
 * module's tests and the command line's (strata-jpa's test-jar).
 */
public final class HibernateValidation {
    private HibernateValidation() {
    }

    public static void validate(Path classes, String packageName, String url, String user, String dialect)
            throws IOException {
        validate(classes, packageName, url, user, dialect, "jpa");
    }

    /** With {@code naming} "spring", Hibernate runs with Spring Boot's snake_case physical naming. */
    public static void validate(Path classes, String packageName, String url, String user, String dialect,
                                String naming) throws IOException {
        boot(classes, packageName, url, user, dialect, naming, "validate");
    }

    /**
     * Boots Hibernate with {@code hbm2ddl.auto} set to {@code action} ("validate", "create", or "none" to build the
     * mappings only); returns how many entities it mapped.
     */
    public static int boot(Path classes, String packageName, String url, String user, String dialect, String naming,
                           String action) throws IOException {
        return boot(classes, packageName, url, user, dialect, naming, action, java.util.Map.of());
    }

    /** As {@link #boot}, with further Hibernate settings. */
    public static int boot(Path classes, String packageName, String url, String user, String dialect, String naming,
                           String action, java.util.Map<String, String> settings) throws IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateValidation.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Configuration cfg = new Configuration()
                    .setProperty("hibernate.connection.url", url)
                    .setProperty("hibernate.hbm2ddl.auto", action)
                    .setProperty("hibernate.connection.pool_size", "1");
            settings.forEach(cfg::setProperty);
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
    public static List<String> untypedColumns(String url, String user) {
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
    public static int validateAll(Path classes, String packageName, String url, String user, String dialect,
                                  String naming) throws IOException {
        if (untypedColumns(url, user).isEmpty()) {
            return boot(classes, packageName, url, user, dialect, naming, "validate");
        }
        assertThatThrownBy(() -> boot(classes, packageName, url, user, dialect, naming, "validate"))
                .isInstanceOf(NoSuchElementException.class)
                .satisfies(e -> assertThat(e.getStackTrace()).extracting(
                        f -> f.getClassName() + "." + f.getMethodName()).startsWith(
                        "java.util.StringTokenizer.nextToken",
                        "org.hibernate.tool.schema.extract.internal.AbstractInformationExtractorImpl"
                                + ".addExtractedColumnInformation"));
        return boot(classes, packageName, url, user, dialect, naming, "validate",
                java.util.Map.of("hibernate.hbm2ddl.jdbc_metadata_extraction_strategy", "individually"));
    }

    private static List<String> classNames(Path classes, String packageName) throws IOException {
        Path dir = classes.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .sorted().map(n -> packageName + "." + n.substring(0, n.length() - 6)).toList();
        }
    }
}
