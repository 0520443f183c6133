package dev.strata.jpa.testkit;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's {@code SpringImplicitNamingStrategy} (spring-boot's org.springframework.boot.orm.jpa.hibernate), which
 * Spring Boot configures with Hibernate's {@code CamelCaseToUnderscoresNamingStrategy}: JPA's implicit names, but a
 * join table is named owning table + "_" + attribute. Spring itself is not on the test classpath.
 */
public final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
