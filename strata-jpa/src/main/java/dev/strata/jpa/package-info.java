/**
 * JPA entity sources to and from the schema model, without compiling anything and without JDBC.
 *
 * <pre>
 * SchemaModel -> generate.EntityPlanner (names, types, relations) -> EntityWriter -> SourceFiles (changed only)
 * .java files -> read.SourceIndex (JavaParser) -> HierarchyMapper / FieldMapper / RelationMapper -> SchemaModel
 * </pre>
 *
 * {@link dev.strata.dialect.TypeMapping} is the one place that knows how Hibernate 6 maps a field onto each
 * database and how that database spells the result; {@link dev.strata.jpa.generate.JpaExpressible} says what
 * entities can carry, so that {@code read(generate(m)) == expressible(m)} and everything else is reported.
 * {@link dev.strata.jpa.Entities} is the facade the CLI calls.
 */
package dev.strata.jpa;
