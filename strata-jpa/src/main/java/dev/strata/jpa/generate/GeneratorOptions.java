package dev.strata.jpa.generate;

import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.naming.ArtifactNaming;

/**
 * How entities are generated.
 *
 * @param packageName      the Java package of the generated classes
 * @param defaultSchema    the schema entities live in without {@code @Table(schema)}; null: the model's first schema
 * @param naming           the physical naming strategy the entities will be read (and run) with; names that it
 *                         would not derive from the Java names are written out
 * @param entityNaming     how classes, fields and id classes are named (the one strategy the DTOs use too)
 * @param accessors        write getters and setters
 * @param inverseRelations write the inverse {@code @OneToMany(mappedBy)} collections
 */
public record GeneratorOptions(String packageName, String defaultSchema, NamingStrategy naming,
                               ArtifactNaming entityNaming, boolean accessors, boolean inverseRelations) {
    public static GeneratorOptions of(String packageName) {
        return new GeneratorOptions(packageName, null, NamingStrategy.JPA, ArtifactNaming.standard(), true,
                true);
    }

    public GeneratorOptions withDefaultSchema(String schema) {
        return new GeneratorOptions(packageName, schema, naming, entityNaming, accessors, inverseRelations);
    }

    public GeneratorOptions withNaming(NamingStrategy strategy) {
        return new GeneratorOptions(packageName, defaultSchema, strategy, entityNaming, accessors, inverseRelations);
    }

    public GeneratorOptions withEntityNaming(ArtifactNaming artifacts) {
        return new GeneratorOptions(packageName, defaultSchema, naming, artifacts, accessors, inverseRelations);
    }
}
