package dev.strata.model;

/**
 * A CHECK constraint; {@code expression} is the condition without the CHECK keyword, as the database reports it.
 *
 * @param noInherit PostgreSQL NO INHERIT
 * @param valid     false for a PostgreSQL constraint added NOT VALID
 */
public record CheckConstraint(String name, String expression, boolean noInherit, boolean valid, String comment) {
    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(name, expression, false, true, null);
    }
}
