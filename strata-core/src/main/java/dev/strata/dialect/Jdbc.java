package dev.strata.dialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens JDBC connections with the properties a dialect sets; the one place strata calls DriverManager. */
public final class Jdbc {
    private Jdbc() {
    }

    public static Connection open(String url, Properties properties) throws SQLException {
        DriverManager.setLoginTimeout(15);
        return DriverManager.getConnection(url, properties);
    }
}
