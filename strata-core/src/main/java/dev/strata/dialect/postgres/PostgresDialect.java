package dev.strata.dialect.postgres;

import dev.strata.dialect.Capabilities;
import dev.strata.dialect.ConnectionErrors;
import dev.strata.dialect.ConnectionErrors.Reason;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.MigrationSupport;
import dev.strata.dialect.ScratchDatabase;
import dev.strata.dialect.ServerScratch;
import dev.strata.dialect.TypeMapping;
import dev.strata.dump.Dumper;
import dev.strata.inspect.Introspector;
import dev.strata.model.DataType;
import dev.strata.plan.PlanRenderer;
import dev.strata.sql.SplitRules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** PostgreSQL 10 and later. */
public final class PostgresDialect implements Dialect {
    private static final String DRIVER = "org.postgresql.Driver";
    private static final Capabilities CAPABILITIES = new Capabilities(true, true, true, false);
    private static final TypeMapping TYPE_MAPPING = new PostgresTypeMapping();
    private static final MigrationSupport MIGRATION_SUPPORT = new PostgresMigrationSupport();

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public SplitRules splitRules() {
        return SplitRules.POSTGRESQL;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Introspector introspector() {
        return new PostgresInspector();
    }

    @Override
    public Dumper dumper() {
        return new PostgresDumper();
    }

    @Override
    public Connection connect(String jdbcUrl, boolean createIfMissing) {
        Properties props = new Properties();
        props.setProperty("connectTimeout", "10");
        props.setProperty("ApplicationName", "strata");
        try {
            return Jdbc.open(DRIVER, jdbcUrl, props);
        } catch (SQLException e) {
            throw ConnectionErrors.translate(jdbcUrl, reason(e), e);
        }
    }

    private static Reason reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return Reason.UNREACHABLE;
        }
        if (state.startsWith("28")) {
            return Reason.AUTHENTICATION;
        }
        if (state.equals("3D000")) {
            return Reason.UNKNOWN_DATABASE;
        }
        return Reason.OTHER;
    }

    @Override
    public Optional<MigrationSupport> migrationSupport() {
        return Optional.of(MIGRATION_SUPPORT);
    }

    @Override
    public DataType normalizeType(String spelled) {
        return PostgresTypes.normalize(spelled.trim(), null);
    }

    @Override
    public TypeMapping typeMapping() {
        return TYPE_MAPPING;
    }

    @Override
    public String emptyDatabaseSchema() {
        return "public";
    }

    @Override
    public java.util.List<dev.strata.lint.LintRule> lintRules() {
        return PgLintRules.all();
    }

    @Override
    public PlanRenderer planRenderer() {
        return new PostgresPlanRenderer();
    }

    /** A temporary database on the server of {@code devUrl}, dropped (with its sessions) when closed. */
    @Override
    public ScratchDatabase createScratch(String devUrl) {
        return ServerScratch.create(this, devUrl, "\"", " WITH (FORCE)");
    }

    @Override
    public String defaultSchema(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        return schema == null ? "public" : schema;
    }
}
