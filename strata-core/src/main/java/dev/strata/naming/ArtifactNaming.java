package dev.strata.naming;

/**
 * How strata names every artifact it generates after database objects (jOOQ's GeneratorStrategy): entity classes
 * and their members, id classes and enums, the DTO records and their package, the OpenAPI schemas and the admin
 * entries. Replace it to change conventions; the generators keep the database name in an annotation wherever it
 * differs, and the files' paths follow the names. Pure strings, no JPA: the JPA and codegen modules share it.
 */
public interface ArtifactNaming {
    /** The default conventions ({@link DefaultArtifactNaming}). */
    static ArtifactNaming standard() {
        return DefaultArtifactNaming.INSTANCE;
    }

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

    /** The {@code @IdClass} of an entity with a composite key ({@code OrderLine} -> {@code OrderLineId}). */
    String idClass(String entityClass);

    /** The package of the DTO records ({@code com.example} -> {@code com.example.dto}). */
    String dtoPackage(String basePackage);

    /** A DTO record of an entity ({@code Order}, {@link DtoKind#CREATE} -> {@code OrderCreate}). */
    String dtoRecord(String entityClass, DtoKind kind);

    /** The OpenAPI component schema of a DTO record: the record's own name by default. */
    String apiSchema(String entityClass, DtoKind kind);

    /** The entity's entry in the admin configuration. */
    String adminResource(String entityClass);

    /** A class's source file relative to the project ({@code src/main/java/com/example/dto/OrderCreate.java}). */
    String sourcePath(String packageName, String simpleName);
}
