package dev.strata.cli;

import dev.strata.jpa.naming.NamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** Spring Boot's CamelCaseToUnderscoresNamingStrategy for Hibernate in tests, without Spring on the classpath. */
final class SnakeCaseNaming extends PhysicalNamingStrategyStandardImpl {
    private static final long serialVersionUID = 1L;

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment context) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment context) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment context) {
        return apply(name);
    }

    private static Identifier apply(Identifier name) {
        return name == null ? null : Identifier.toIdentifier(NamingStrategy.SPRING.physical(name.getText()),
                name.isQuoted());
    }
}
