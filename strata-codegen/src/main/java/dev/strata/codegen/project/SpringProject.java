package dev.strata.codegen.project;

import dev.strata.codegen.GeneratedFile;

import java.util.List;
import java.util.Locale;

/**
 * The files that make a strata project a runnable Spring Boot application (what {@code strata create} writes beside
 * the entities and derived files): a pom on spring-boot-starter-parent with strata's starter and the database's
 * driver, an {@code Application} class, application.yaml reading the database from {@code DB_URL}, {@code DB_USER}
 * and {@code DB_PASSWORD}, a test that starts the application against its database, and a .gitignore.
 *
 * @param groupId       the Maven groupId, also the application's base package
 * @param artifactId    the Maven artifactId, from the project directory's name
 * @param dialect       the dialect the project's database speaks ("postgresql", "mysql", "sqlite", "h2")
 * @param defaultUrl    the JDBC URL the application uses when DB_URL is not set; never holds a password
 * @param strataVersion the version of strata's starter
 * @param namesAsWritten true when the database's names are not Spring Boot's snake_case (chinook's {@code Album}):
 *                       the application then maps names as written, as the entities' {@code models.naming: jpa}
 */
public record SpringProject(String groupId, String artifactId, String dialect, String defaultUrl,
                            String strataVersion, boolean namesAsWritten) {
    public static final String SPRING_BOOT_VERSION = "3.5.7";
    /** Where the revisions go: on the class path, where the starter looks for them by default. */
    public static final String MIGRATIONS = "src/main/resources/db/strata";

    public List<GeneratedFile> files() {
        String packagePath = groupId.replace('.', '/');
        return List.of(
                GeneratedFile.of("pom.xml", pom()),
                GeneratedFile.of("src/main/java/" + packagePath + "/Application.java", application()),
                GeneratedFile.of("src/main/resources/application.yaml", applicationYaml()),
                GeneratedFile.of("src/test/java/" + packagePath + "/ApplicationTests.java", applicationTests()),
                GeneratedFile.of(".gitignore", "target/\n*.db-journal\n"));
    }

    private String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>%s</version>
                    <relativePath/>
                  </parent>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>0.1.0-SNAPSHOT</version>

                  <properties>
                    <java.version>17</java.version>
                    <strata.version>%s</strata.version>
                  </properties>

                  <dependencies>
                    <dependency>
                      <groupId>dev.strata</groupId>
                      <artifactId>strata-spring-boot-starter</artifactId>
                      <version>${strata.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-web</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-data-jpa</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-validation</artifactId>
                    </dependency>
                %s
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-test</artifactId>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.springframework.boot</groupId>
                        <artifactId>spring-boot-maven-plugin</artifactId>
                      </plugin>
                      <!-- The jar carries ui/admin/admin.yaml: the admin app at /admin reads the project's file when
                           started in the project directory, else this copy. -->
                      <plugin>
                        <artifactId>maven-resources-plugin</artifactId>
                        <executions>
                          <execution>
                            <id>admin-yaml</id>
                            <phase>process-resources</phase>
                            <goals>
                              <goal>copy-resources</goal>
                            </goals>
                            <configuration>
                              <outputDirectory>${project.build.outputDirectory}/ui/admin</outputDirectory>
                              <resources>
                                <resource>
                                  <directory>ui/admin</directory>
                                  <includes>
                                    <include>admin.yaml</include>
                                  </includes>
                                </resource>
                              </resources>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(SPRING_BOOT_VERSION, groupId, artifactId, strataVersion, driverDependencies());
    }

    /** The JDBC driver (versions from Spring Boot's dependency management) and, for SQLite, Hibernate's dialect. */
    private String driverDependencies() {
        return switch (dialect) {
            case "postgresql" -> dependency("org.postgresql", "postgresql", "runtime");
            case "mysql" -> dependency("org.mariadb.jdbc", "mariadb-java-client", "runtime");
            case "h2" -> dependency("com.h2database", "h2", "runtime");
            case "sqlite" -> dependency("org.xerial", "sqlite-jdbc", "runtime")
                    + dependency("org.hibernate.orm", "hibernate-community-dialects", null);
            default -> throw new IllegalArgumentException("no Spring Boot driver known for " + dialect);
        };
    }

    private static String dependency(String group, String artifact, String scope) {
        return "    <dependency>\n      <groupId>" + group + "</groupId>\n      <artifactId>" + artifact
                + "</artifactId>\n" + (scope == null ? "" : "      <scope>" + scope + "</scope>\n")
                + "    </dependency>\n";
    }

    private String application() {
        return """
                package %s;

                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;

                /** Starts the application: strata's starter brings the database to head before JPA starts. */
                @SpringBootApplication
                public class Application {
                    public static void main(String[] args) {
                        SpringApplication.run(Application.class, args);
                    }
                }
                """.formatted(groupId);
    }

    private String applicationYaml() {
        String dialectLine = (dialect.equals("sqlite")
                ? "    database-platform: org.hibernate.community.dialect.SQLiteDialect\n" : "")
                + (namesAsWritten ? "    hibernate.naming.physical-strategy: "
                + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n" : "");
        return """
                # The database comes from DB_URL, DB_USER and DB_PASSWORD; without them, the one the project was
                # created from. No password is ever written here.
                spring:
                  datasource:
                    url: ${DB_URL:%s}
                    username: ${DB_USER:}
                    password: ${DB_PASSWORD:}
                  jpa:
                %s    open-in-view: false
                    hibernate:
                %s
                strata:
                  migrations: classpath:db/strata
                """.formatted(defaultUrl, dialectLine, ddlAuto());
    }

    /**
     * Hibernate validates the entities against the migrated schema at start-up, except on SQLite, whose schema
     * Hibernate 6.6 cannot read (a column without a declared type, as views have, stops it); the generated test's
     * {@code StrataAssertions.assertModelsMatch} compares them there, as everywhere.
     */
    private String ddlAuto() {
        return dialect.equals("sqlite")
                ? "      # Hibernate cannot read SQLite's schema (untyped view columns); ApplicationTests compares instead.\n"
                + "      ddl-auto: none"
                : "      # strata migrates the schema; Hibernate only checks that the entities match it.\n"
                + "      ddl-auto: validate";
    }

    private String applicationTests() {
        return """
                package %s;

                import dev.strata.spring.test.ApiAssertions;
                import dev.strata.spring.test.StrataAssertions;
                import org.junit.jupiter.api.Test;
                import org.springframework.beans.factory.annotation.Autowired;
                import org.springframework.boot.test.context.SpringBootTest;
                import org.springframework.boot.test.web.server.LocalServerPort;

                import javax.sql.DataSource;
                import java.net.URI;

                /**
                 * Starts the whole application against its database (strata's revisions are validated and applied
                 * first). Then compares the entities with the migrated database as `strata check` does (an entity
                 * changed without a revision fails here, naming the table and column), and walks the REST API that
                 * api/openapi.yaml documents: every resource lists, and its first record reads back by key.
                 */
                @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
                class ApplicationTests {
                    @Autowired
                    DataSource dataSource;

                    @LocalServerPort
                    int port;

                    @Test
                    void entitiesMatchTheMigratedDatabase() {
                        StrataAssertions.assertModelsMatch(dataSource);
                    }

                    @Test
                    void everyResourceListsAndReads() {
                        ApiAssertions.assertEveryResourceListsAndReads(URI.create("http://localhost:" + port));
                    }
                }
                """.formatted(groupId);
    }

    /** A Maven artifactId from a directory name: lower case, letters, digits and dashes. */
    public static String artifactIdOf(String directoryName) {
        String id = directoryName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return id.isEmpty() ? "app" : id;
    }
}
