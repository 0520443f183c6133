package dev.strata.jpa.types;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.Identity;


/**
 * One target database as Hibernate 6 maps entities onto it: the SQL type Hibernate's dialect emits for a field, as
 * the database then reports it (so that a model read from entities equals one inspected from the database), and
 * the names the database gives to what entities leave unnamed.
 */
public interface TypeMapping {
    /** The dialect's name, as in {@link dev.strata.model.SchemaModel#dialect()}. */
    String dialect();

    /** The column type Hibernate emits for a field, as the database spells it back; null when it has none. */
    String sqlType(TypeSpec spec);

    /** The column type for a spelled type written in {@code columnDefinition}, as the database spells it back. */
    default String spelled(String columnDefinition) {
        return columnDefinition.trim();
    }

    /** The dialect-independent form of a column type as this database spells it. */
    DataType normalize(String type);

    /** An unquoted identifier as the database stores it (PostgreSQL lower-cases, H2 upper-cases). */
    String fold(String unquoted);

    /** What {@code @GeneratedValue(strategy = IDENTITY)} makes of a column of {@code sqlType}. */
    Identity identity(String sqlType);

    /** The index method the database reports for a plain index, or null. */
    String defaultIndexMethod();

    /** The name the database gives a primary key declared without one, or null when it keeps none. */
    String primaryKeyName(String table);



    /** The foreign key action the database reports when none was declared. */
    default String defaultForeignKeyAction() {
        return "NO ACTION";
    }

    /**
     * The default the database reports for a column declared without one, or null. MariaDB reports
     * {@code NULL} for every nullable column without a default.
     */
    default String implicitDefault(boolean nullable) {
        return null;
    }

    /**
     * True where the JDBC driver names a {@code character(n)} column's type otherwise than Hibernate's schema
     * validator expects (pgjdbc: {@code bpchar}), so that a String field of it declares {@code SqlTypes.CHAR}.
     */
    default boolean namesCharDifferently() {
        return false;
    }

    /** True where the database creates an index for a foreign key that no index starts with (MySQL InnoDB). */
    default boolean indexesForeignKeys() {
        return false;
    }

    /** False where the database keeps no comments (SQLite): entity comments then describe nothing it stores. */
    default boolean keepsComments() {
        return true;
    }

    /** A sole primary key column as the database sees it: SQLite makes an INTEGER key the rowid. */
    default Column implicitKeyIdentity(Column column) {
        return column;
    }

    /** True where the database models unique constraints as unique indexes (MySQL). */
    boolean uniqueAsIndex();

    /** The mapping for a dialect name. */
    static TypeMapping forDialect(String dialect) {
        switch (dialect) {
            case "postgresql":
                return new PostgresTypeMapping();
            case "mysql":
                return new MySqlTypeMapping();
            case "sqlite":
                return new SqliteTypeMapping();
            case "h2":
                return new H2TypeMapping();
            default:
                throw new StrataException(ExitCode.USAGE, "No JPA type mapping for dialect '" + dialect
                        + "'. Use postgresql, mysql, sqlite or h2.");
        }
    }
}
