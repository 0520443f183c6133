package dev.strata.jpa.naming;

import java.util.Locale;

/**
 * Spring Boot's naming: camelCase to snake_case, lower case, as {@code CamelCaseToUnderscoresNamingStrategy} does
 * (https://github.com/spring-projects/spring-boot, CamelCaseToUnderscoresNamingStrategy.java), and join tables named
 * owner table + attribute as {@code SpringImplicitNamingStrategy} does.
 */
final class SpringNaming implements NamingStrategy {
    @Override
    public String physical(String logical) {
        StringBuilder name = new StringBuilder(logical.replace('.', '_'));
        for (int i = 1; i < name.length() - 1; i++) {
            if (underscoreRequired(name.charAt(i - 1), name.charAt(i), name.charAt(i + 1))) {
                name.insert(i++, '_');
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean underscoreRequired(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }

    @Override
    public String joinTable(String owningTable, String owningAttribute, String otherTable) {
        return physical(owningTable + "_" + owningAttribute);
    }

    @Override
    public String id() {
        return "spring";
    }
}
