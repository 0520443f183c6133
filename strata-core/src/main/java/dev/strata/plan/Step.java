package dev.strata.plan;

/**
 * One statement of a plan.
 *
 * @param sql           the statement, without a trailing semicolon
 * @param hazard        what it destroys or may fail on, or null; rendered as a comment above it
 * @param transactional false for statements that cannot run inside a transaction (CREATE INDEX CONCURRENTLY,
 *                      ALTER TYPE ... ADD VALUE on old PostgreSQL)
 */
public record Step(String sql, String hazard, boolean transactional) {
    public static Step of(String sql) {
        return new Step(sql, null, true);
    }
}
