package dev.strata.dialect.mysql;

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
import dev.strata.model.SchemaModel;
import dev.strata.plan.PlanRenderer;
import dev.strata.sql.SplitRules;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB and MySQL, through MariaDB Connector/J for both URL schemes. DDL is not transactional here: each
 * statement commits implicitly (https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/).
 */
public final class MySqlDialect implements Dialect {
    private static final String DRIVER = "org.mariadb.jdbc.Driver";
    private static final Pattern USERINFO = Pattern.compile("^(jdbc:(?:mariadb|mysql)://)([^:@/]+)(?::([^@/]*))?@");
    private static final Capabilities CAPABILITIES = new Capabilities(false, false, true, true);
    private static final TypeMapping TYPE_MAPPING = new MySqlTypeMapping();
    private static final MigrationSupport MIGRATION_SUPPORT = new MySqlMigrationSupport();

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:");
    }

    @Override
    public SplitRules splitRules() {
        return SplitRules.MYSQL;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Introspector introspector() {
        return new MySqlInspector();
    }

    @Override
    public Dumper dumper() {
        return new MySqlDumper();
    }

    @Override
    public Connection connect(String jdbcUrl, boolean createIfMissing) {
        Properties props = new Properties();
        props.setProperty("connectTimeout", "10000");
        props.setProperty("allowMultiQueries", "false");
        if (!jdbcUrl.contains("sessionVariables")) {
            // Connector/J adds IGNORE_SPACE to the session's sql_mode, which triggers, routines and events created on
            // the connection would record; statements run as the mariadb client runs them, in the server's mode.
            props.setProperty("sessionVariables", "sql_mode=@@global.sql_mode");
        }
        try {
            return Jdbc.open(DRIVER, permittingMysqlScheme(moveUserInfoToProperties(jdbcUrl, props)), props);
        } catch (SQLException e) {
            throw ConnectionErrors.translate(jdbcUrl, reason(e), e);
        }
    }

    /**
     * MariaDB's driver takes a {@code jdbc:mysql:} URL (as Spring, Flyway and Liquibase users write it) only when the
     * URL itself says {@code permitMysqlScheme}; the connection property is not enough.
     */
    static String permittingMysqlScheme(String url) {
        if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
    }

    /**
     * Connector/J does not accept {@code //user:password@host}; users coming from other tools write it, so it is
     * moved into connection properties.
     */
    static String moveUserInfoToProperties(String url, Properties props) {
        Matcher m = USERINFO.matcher(url);
        if (!m.find()) {
            return url;
        }
        props.setProperty("user", URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        if (m.group(3) != null) {
            props.setProperty("password", URLDecoder.decode(m.group(3), StandardCharsets.UTF_8));
        }
        return m.group(1) + url.substring(m.end());
    }

    private static Reason reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (e.getErrorCode()) {
            case 1045, 1044, 1698 -> Reason.AUTHENTICATION;
            case 1049 -> Reason.UNKNOWN_DATABASE;
            default -> state.startsWith("08") ? Reason.UNREACHABLE
                    : state.startsWith("28") ? Reason.AUTHENTICATION : Reason.OTHER;
        };
    }

    @Override
    public SchemaModel normalizeForDiff(SchemaModel model) {
        return MySqlNormalForm.of(model);
    }

    @Override
    public DataType normalizeType(String spelled) {
        return MySqlTypes.normalize(spelled);
    }

    @Override
    public Optional<MigrationSupport> migrationSupport() {
        return Optional.of(MIGRATION_SUPPORT);
    }

    @Override
    public TypeMapping typeMapping() {
        return TYPE_MAPPING;
    }

    /**
     * Only asked of a model built by hand: MySQL's inspector lists the URL's database even when it holds nothing.
     */
    @Override
    public String emptyDatabaseSchema() {
        return "public";
    }

    @Override
    public java.util.List<dev.strata.lint.LintRule> lintRules() {
        return MySqlLintRules.all();
    }

    @Override
    public PlanRenderer planRenderer() {
        return new MySqlPlanRenderer();
    }

    /** A temporary database on the server of {@code devUrl}, dropped when closed. */
    @Override
    public ScratchDatabase createScratch(String devUrl) {
        return ServerScratch.create(this, devUrl, "`", "");
    }

    @Override
    public String defaultSchema(Connection connection) throws SQLException {
        return connection.getCatalog();
    }
}
