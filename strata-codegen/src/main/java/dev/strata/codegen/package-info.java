/**
 * Files derived from a project's entities, and rebuilds that keep the user's edits.
 *
 * <p>Data flows one way: an {@link dev.strata.codegen.EntityModel} (from the JPA module, or
 * {@link dev.strata.codegen.SchemaEntities} for a schema) goes through pure generators
 * ({@link dev.strata.codegen.DtoGenerator}, {@link dev.strata.codegen.OpenApiGenerator},
 * {@link dev.strata.codegen.AdminGenerator}, gathered by {@link dev.strata.codegen.DerivedFiles}) into a map of
 * project-relative paths to text; {@link dev.strata.codegen.Regeneration} applies that map to a project directory
 * with a {@link dev.strata.codegen.Manifest} of what it generated last and a three-way merge (Java sources member
 * by member with JavaParser, {@link dev.strata.codegen.JavaMerge}; other files line by line with JGit), and returns a
 * {@link dev.strata.codegen.RegenerationResult} for the front-end to print. Nothing here touches JDBC or prints.
 */
package dev.strata.codegen;
