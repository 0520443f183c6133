package dev.strata.jpa.naming;

/**
 * How the generator names Java types and members after database objects (jOOQ's GeneratorStrategy). Replace it to
 * change conventions; the generator keeps the database name in an annotation wherever it differs.
 */
public interface EntityNaming {
    /** The entity class for a table: singular, capitalized ({@code order_items} -> {@code OrderItem}). */
    String entityClass(String table);

    /** The field for a column ({@code first_name} -> {@code firstName}). */
    String field(String column);

    /** The Java enum for a database enum type. */
    String enumClass(String enumType);

    /** The enum constant for a value, or null when none is legal (the column then stays a String). */
    String enumConstant(String value);

    /** The {@code @ManyToOne} field for a foreign key on {@code columns} referencing {@code referencedTable}. */
    String reference(String firstColumn, String referencedTable, boolean soleReference);

    /** The inverse {@code @OneToMany} collection field on the referenced entity. */
    String collection(String referencingTable);
}
