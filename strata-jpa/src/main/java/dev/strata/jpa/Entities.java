package dev.strata.jpa;

import dev.strata.jpa.generate.EntityGenerator;
import dev.strata.jpa.generate.EntitySources;
import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.jpa.generate.JpaExpressible;
import dev.strata.jpa.generate.SourceFiles;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.jpa.read.EntityReader;
import dev.strata.jpa.read.ReadOptions;
import dev.strata.jpa.types.DomainSpellings;
import dev.strata.model.SchemaModel;

import java.nio.file.Path;

/**
 * The facade the CLI and build plugins call: JPA entity sources from a model ({@code rebuild-from-database}) and
 * a model from entity sources ({@code revision --autogenerate}, {@code check}). No JDBC here.
 */
public final class Entities {
    private Entities() {
    }

    /**
     * Writes one entity per table of {@code model} below {@code sourceRoot} in {@code options.packageName()};
     * files whose content is unchanged are left alone. Nothing is written when generation fails.
     */
    public static GenerationResult generate(SchemaModel model, Path sourceRoot, GeneratorOptions options) {
        EntitySources sources = new EntityGenerator(options).generate(model);
        int written = SourceFiles.write(sourceRoot, sources);
        return new GenerationResult(sources.files().stream().map(f -> sourceRoot.resolve(f.relativePath())).toList(),
                written, sources.omissions());
    }

    /** Reads the entity sources below {@code sourceRoot} as Hibernate would map them onto {@code dialect}. */
    public static SchemaModel read(Path sourceRoot, String dialect, String defaultSchema, NamingStrategy naming) {
        return new EntityReader(new ReadOptions(dialect, defaultSchema, naming)).read(sourceRoot);
    }

    /**
     * Reads the entity sources as Hibernate would map them onto {@code database}: a domain column's definition,
     * written as the JDBC driver reports its type, is read back as that domain.
     */
    public static SchemaModel read(Path sourceRoot, SchemaModel database, String defaultSchema,
                                   NamingStrategy naming) {
        return new EntityReader(new ReadOptions(database.dialect(), defaultSchema, naming,
                DomainSpellings.byDriverSpelling(database, defaultSchema))).read(sourceRoot);
    }

    /**
     * The part of a database model that entities carry, to compare with {@link #read}: the database side of
     * {@code check} and {@code revision --autogenerate} is projected with it so that views, triggers, grants and
     * other things entities do not describe are not reported as differences.
     */
    public static SchemaModel expressible(SchemaModel model) {
        return JpaExpressible.project(model);
    }
}
