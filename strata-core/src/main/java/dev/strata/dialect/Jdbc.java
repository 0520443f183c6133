package dev.strata.dialect;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens JDBC connections with the properties a dialect sets; the one place strata calls DriverManager. */
public final class Jdbc {
    private static final int LOGIN_TIMEOUT_SECONDS = 15;

    private Jdbc() {
    }

    /**
     * Opens {@code url} through the dialect's own driver, {@code driverClass}, when it is on the class path and takes
     * the URL; else through DriverManager, which finds whichever driver the application brought. The first use of
     * DriverManager loads and initializes every driver on the class path (SQLite's starts slf4j, H2's its engine):
     * tens of milliseconds of every command that connects to another database.
     */
    public static Connection open(String driverClass, String url, Properties properties) throws SQLException {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);   // the drivers read their default from here
        Driver driver = driver(driverClass);
        // A driver returns null for a URL it does not take (MariaDB's takes jdbc:mysql: given permitMysqlScheme).
        Connection connection = driver == null ? null : driver.connect(url, properties);
        return connection != null ? connection : DriverManager.getConnection(url, properties);
    }

    private static Driver driver(String driverClass) {
        try {
            return (Driver) Class.forName(driverClass).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException | ClassCastException | LinkageError e) {
            return null;   // not on this class path: DriverManager decides
        }
    }
}
