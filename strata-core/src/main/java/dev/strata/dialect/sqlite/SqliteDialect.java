package dev.strata.dialect.sqlite;

import dev.strata.dialect.Capabilities;
import dev.strata.dialect.ConnectionErrors;
import dev.strata.dialect.ConnectionErrors.Reason;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.MigrationSupport;
import dev.strata.dialect.ScratchDatabase;
import dev.strata.dialect.TypeMapping;
import dev.strata.dump.Dumper;
import dev.strata.inspect.Introspector;
import dev.strata.model.DataType;
import dev.strata.plan.PlanRenderer;
import dev.strata.sql.SplitRules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * SQLite, the embedded default. ALTER TABLE is limited, so column changes are planned as table rebuilds
 * (https://www.sqlite.org/lang_altertable.html#otheralter).
 */
public final class SqliteDialect implements Dialect {
    private static final String DRIVER = "org.sqlite.JDBC";
    private static final Capabilities CAPABILITIES = new Capabilities(true, false, false, false);
    private static final TypeMapping TYPE_MAPPING = new SqliteTypeMapping();
    private static final MigrationSupport MIGRATION_SUPPORT = new SqliteMigrationSupport();

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    @Override
    public SplitRules splitRules() {
        return SplitRules.SQLITE;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Introspector introspector() {
        return new SqliteInspector();
    }

    @Override
    public Dumper dumper() {
        return new SqliteDumper();
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public Connection connect(String jdbcUrl, boolean createIfMissing) {
        Path file = fileOf(jdbcUrl);
        if (!createIfMissing && file != null && !Files.exists(file)) {
            throw ConnectionErrors.translate(jdbcUrl, Reason.MISSING_FILE, new SQLException("no such file: " + file));
        }
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        props.setProperty("busy_timeout", "10000");
        try {
            return Jdbc.open(DRIVER, jdbcUrl, props);
        } catch (SQLException e) {
            throw ConnectionErrors.translate(jdbcUrl, Reason.OTHER, e);
        }
    }

    /** The database file of a URL, or null for an in-memory database. */
    public static Path fileOf(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.equals(":memory:") || rest.contains("mode=memory")) {
            return null;
        }
        return Path.of(rest);
    }

    @Override
    public DataType normalizeType(String spelled) {
        return SqliteTypes.normalize(spelled);
    }

    @Override
    public Optional<MigrationSupport> migrationSupport() {
        return Optional.of(MIGRATION_SUPPORT);
    }

    @Override
    public TypeMapping typeMapping() {
        return TYPE_MAPPING;
    }

    @Override
    public String emptyDatabaseSchema() {
        return "main";
    }

    @Override
    public PlanRenderer planRenderer() {
        return new SqlitePlanRenderer();
    }

    /** A temporary database file, deleted when closed; SQLite needs no server. */
    @Override
    public ScratchDatabase createScratch(String devUrl) {
        try {
            Path file = Files.createTempFile("strata-scratch", ".db");
            Files.delete(file);
            return new ScratchDatabase("jdbc:sqlite:" + file, () -> {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create a scratch database file", e);
        }
    }

    @Override
    public String defaultSchema(Connection connection) {
        return "main";
    }
}
