package dev.strata.jpa.naming;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The names Hibernate 6 gives constraints an entity leaves unnamed: a prefix and an MD5 hash, in base 35, of the
 * physical table, referenced table and sorted column names (Hibernate's {@code NamingHelper}, used by
 * {@code ImplicitNamingStrategyJpaCompliantImpl}). Checked against the names Hibernate creates on MariaDB.
 */
public final class HibernateNames {
    private HibernateNames() {
    }

    /** {@code FK...} for a foreign key of {@code table} on {@code columns} referencing {@code referencedTable}. */
    public static String foreignKey(String table, String referencedTable, List<String> columns) {
        return "FK" + hashed("table`" + table + "`references`" + referencedTable + "`" + columnsPart(columns));
    }

    /** {@code UK...} for a unique constraint. */
    public static String unique(String table, List<String> columns) {
        return "UK" + hashed("table`" + table + "`" + columnsPart(columns));
    }

    /** {@code IDX...} for an index. */
    public static String index(String table, List<String> columns) {
        return "IDX" + hashed("table`" + table + "`" + columnsPart(columns));
    }

    private static String columnsPart(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        columns.stream().sorted().forEach(c -> sb.append("column`").append(c).append('`'));
        return sb.toString();
    }

    private static String hashed(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return new BigInteger(1, md5.digest(text.getBytes(StandardCharsets.UTF_8))).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
