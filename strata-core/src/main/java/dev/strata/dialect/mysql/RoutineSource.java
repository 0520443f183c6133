package dev.strata.dialect.mysql;

/**
 * The parts of a stored function or procedure as the catalog keeps them (mysql.proc on MariaDB), from which
 * {@link MySqlDdl#createRoutine} rebuilds the CREATE statement.
 *
 * @param type       "FUNCTION" or "PROCEDURE"
 * @param parameters the parameter list exactly as written
 * @param returns    the RETURNS type of a function, or null
 * @param dataAccess "CONTAINS SQL", "NO SQL", "READS SQL DATA", "MODIFIES SQL DATA"
 * @param security   "DEFINER" or "INVOKER"
 */
public record RoutineSource(String name, String type, boolean aggregate, String parameters, String returns,
                            String dataAccess, boolean deterministic, String security, String comment, String body,
                            String definer) {
}
