package dev.strata.dialect;

import dev.strata.model.Column;
import dev.strata.model.Identity;
import dev.strata.model.QualifiedName;

import java.util.Optional;

/**
 * One target database as Hibernate 6 maps entities onto it: the SQL type Hibernate's dialect emits for a field, as
 * the database then reports it (so that a model read from entities equals one inspected from the database), and
 * the names the database gives to what entities leave unnamed. Reached through {@link Dialect#typeMapping()}; a
 * spelled type is normalized by {@link Dialect#normalizeType}, the same normalizer the introspector uses.
 */
public interface TypeMapping {
    /** The column type Hibernate emits for a field, as the database spells it back; null when it has none. */
    String sqlType(TypeSpec spec);

    /** The column type for a spelled type written in {@code columnDefinition}, as the database spells it back. */
    default String spelled(String columnDefinition) {
        return columnDefinition.trim();
    }

    /** An unquoted identifier as the database stores it (PostgreSQL lower-cases, H2 upper-cases). */
    String fold(String unquoted);

    /** What {@code @GeneratedValue(strategy = IDENTITY)} makes of a column of {@code sqlType}. */
    Identity identity(String sqlType);

    /**
     * The column type Hibernate declares for every identity column whatever the field's type, or empty where it
     * follows the field.
     */
    default Optional<String> identityColumnType() {
        return Optional.empty();
    }

    /**
     * A generated column as the database reports it once it has {@code defaultValue}: an identity whose default
     * draws from a sequence is what the database calls a serial column.
     */
    default Identity identityWithDefault(Identity generated, String defaultValue) {
        return generated;
    }

    /**
     * True where Hibernate backs {@code @GeneratedValue(strategy = AUTO or SEQUENCE)} with a database sequence
     * ({@code <entity>_SEQ}, increment 50); false where it falls back to a table or an identity.
     */
    default boolean sequenceGenerators() {
        return false;
    }

    /**
     * A domain's type as the database spells a column of it, where entities can name a domain in
     * {@code columnDefinition}; empty where they cannot.
     */
    default Optional<String> domainColumnType(QualifiedName domain) {
        return Optional.empty();
    }

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
}
