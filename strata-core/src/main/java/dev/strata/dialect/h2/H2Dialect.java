package dev.strata.dialect.h2;

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

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** H2 2.x, embedded or in memory. */
public final class H2Dialect implements Dialect {
    private static final String DRIVER = "org.h2.Driver";
    private static final Capabilities CAPABILITIES = new Capabilities(false, true, true, false);
    private static final TypeMapping TYPE_MAPPING = new H2TypeMapping();

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    @Override
    public SplitRules splitRules() {
        return SplitRules.H2;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Introspector introspector() {
        return new H2Inspector();
    }

    @Override
    public Dumper dumper() {
        return new H2Dumper();
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public Connection connect(String jdbcUrl, boolean createIfMissing) {
        String url = jdbcUrl;
        boolean inMemory = url.startsWith("jdbc:h2:mem:");
        if (!createIfMissing && !inMemory && !url.toUpperCase(java.util.Locale.ROOT).contains("IFEXISTS=")) {
            url = url + ";IFEXISTS=TRUE";
        }
        Properties props = new Properties();
        try {
            return Jdbc.open(DRIVER, url, props);
        } catch (SQLException e) {
            throw ConnectionErrors.translate(jdbcUrl, reason(e), e);
        }
    }

    private static Reason reason(SQLException e) {
        return switch (e.getErrorCode()) {
            case 90146, 90013 -> Reason.MISSING_FILE;
            case 28000 -> Reason.AUTHENTICATION;
            default -> Reason.OTHER;
        };
    }

    /** Versioned migrations have no version tables or lock for H2 yet. */
    @Override
    public Optional<MigrationSupport> migrationSupport() {
        return Optional.empty();
    }

    @Override
    public DataType normalizeType(String spelled) {
        return H2Types.normalize(spelled);
    }

    @Override
    public TypeMapping typeMapping() {
        return TYPE_MAPPING;
    }

    @Override
    public String emptyDatabaseSchema() {
        return "PUBLIC";
    }

    @Override
    public PlanRenderer planRenderer() {
        return new H2PlanRenderer();
    }

    /** A temporary database file, deleted with its directory when closed. */
    @Override
    public ScratchDatabase createScratch(String devUrl) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("strata-scratch");
            return new ScratchDatabase("jdbc:h2:" + dir.resolve("scratch"), () -> deleteTree(dir));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create a scratch database directory", e);
        }
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.deleteIfExists(f);
            }
            java.nio.file.Files.deleteIfExists(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String defaultSchema(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        return schema == null ? "PUBLIC" : schema;
    }
}
