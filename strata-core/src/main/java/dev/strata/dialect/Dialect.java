package dev.strata.dialect;

import dev.strata.dump.Dumper;
import dev.strata.inspect.Introspector;
import dev.strata.model.DataType;
import dev.strata.model.SchemaModel;
import dev.strata.plan.PlanRenderer;
import dev.strata.sql.SplitRules;
import dev.strata.sql.SqlStatement;
import dev.strata.sql.StatementSplitter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database strata supports. Implementations are found with {@link java.util.ServiceLoader}, the only registration
 * a dialect has: everything else it offers is reached through these methods, so the compiler finds what a new
 * dialect must answer. Core code asks narrow questions and never tests which database it talks to.
 */
public interface Dialect {
    /** The dialect's name in models and messages: "postgresql", "mysql", "sqlite", "h2". */
    String name();

    /** True when this dialect handles the JDBC URL. */
    boolean accepts(String jdbcUrl);

    Capabilities capabilities();

    Introspector introspector();

    Dumper dumper();

    /**
     * Opens a connection to an existing database. Implementations set timeouts and translate failures with
     * {@link ConnectionErrors} into one-line messages without secrets.
     */
    default Connection connect(String jdbcUrl) {
        return connect(jdbcUrl, false);
    }

    /**
     * Opens a connection; with {@code createIfMissing} an embedded database file (SQLite, H2) is created when
     * absent, otherwise its absence is an error.
     */
    Connection connect(String jdbcUrl, boolean createIfMissing);

    /** Whether the database is a file the JDBC driver opens in-process (SQLite, H2), not a server to connect to. */
    default boolean embedded() {
        return false;
    }

    /** The schema a connection works in when none is named (PostgreSQL "public", MySQL the URL's database). */
    String defaultSchema(Connection connection) throws SQLException;

    /** How this database's command-line client splits a script into statements. */
    SplitRules splitRules();

    /**
     * Runs a whole SQL script (several statements, DELIMITER blocks on MySQL) as the database's own client would:
     * split with {@link #splitRules()}, then one statement at a time, because not every driver runs several
     * statements in one call (SQLite's runs only the first, MariaDB's refuses them).
     *
     * @throws ScriptFailure naming the line of the statement that failed
     */
    default void runScript(Connection connection, String script) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            for (SqlStatement s : new StatementSplitter(splitRules()).split(script, 1)) {
                try {
                    statement.execute(s.sql());
                } catch (SQLException e) {
                    throw new ScriptFailure(s.line(), e);
                }
            }
        }
    }

    /**
     * The model in the form diffs compare: what the database records but that does not make two schemas different
     * (MySQL's order of keys in SHOW CREATE TABLE, for one) is removed. Both sides go through it before a diff.
     */
    default SchemaModel normalizeForDiff(SchemaModel model) {
        return model;
    }

    /**
     * A type as this database spells it, in strata's dialect-independent vocabulary: the one normalizer of the
     * dialect, which its introspector applies too, for models that come from elsewhere (entity sources, generated
     * entities), so that both sides of a diff agree.
     */
    DataType normalizeType(String spelled);

    /** How Hibernate maps entity fields onto this database, and the names the database gives what they leave unnamed. */
    TypeMapping typeMapping();

    /**
     * The schema of unqualified tables in a database that lists no schema at all (PostgreSQL's public, SQLite's main,
     * H2's PUBLIC).
     */
    String emptyDatabaseSchema();

    /** Renders diff changes as this dialect's SQL. */
    PlanRenderer planRenderer();

    /**
     * Version tables, lock and transactions for versioned migrations, or empty where they do not support this
     * database; {@link MigrationSupport#of} turns the absence into the one usage error.
     */
    Optional<MigrationSupport> migrationSupport();

    /** The rules {@code strata lint} checks hand-written statements against; none where the dialect has none. */
    default java.util.List<dev.strata.lint.LintRule> lintRules() {
        return java.util.List.of();
    }

    /**
     * A temporary, empty database beside the one {@code devUrl} names (a scratch database for loading schema
     * files), dropped when closed. Embedded dialects use a temporary file and ignore the URL's database.
     */
    ScratchDatabase createScratch(String devUrl);
}
