package dev.strata.plan;

/**
 * One statement of a plan.
 *
 * @param sql           the statement, without a trailing semicolon
 * @param hazard        what it destroys or may fail on, or null; rendered as a comment above it
 * @param transactional false for statements that cannot run inside a transaction (CREATE INDEX CONCURRENTLY,
 *                      ALTER TYPE ... ADD VALUE on old PostgreSQL) or must not share one (VALIDATE CONSTRAINT
 *                      after NOT VALID)
 * @param cost          what it locks and costs, or null where the dialect does not say
 */
public record Step(String sql, String hazard, boolean transactional, StepCost cost) {
    public Step(String sql, String hazard, boolean transactional) {
        this(sql, hazard, transactional, null);
    }

    public static Step of(String sql) {
        return new Step(sql, null, true);
    }

    public Step withCost(StepCost c) {
        return new Step(sql, hazard, transactional, c);
    }

    public Step withHazard(String h) {
        return new Step(sql, h, transactional, cost);
    }
}
