package dev.strata.jpa.generate;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.TypeMapping;
import dev.strata.model.EnumType;
import dev.strata.model.SchemaModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a schema model into JPA entity sources: one class per table with a primary key, an {@code @IdClass} per
 * composite key, a Java enum per PostgreSQL enum type. Pure: writes nothing, same model gives the same text.
 */
public final class EntityGenerator {
    private final GeneratorOptions options;

    public EntityGenerator(GeneratorOptions options) {
        this.options = options;
    }

    public EntitySources generate(SchemaModel model) {
        Dialect dialect = Dialects.named(model.dialect());
        TypeMapping mapping = dialect.typeMapping();
        List<Omission> omissions = new ArrayList<>(JpaExpressible.losses(model, dialect));
        EntityPlanner planner = new EntityPlanner(model, options, dialect, omissions);
        List<EntityPlan> plans = planner.plan();
        // Each plan is written on its own (a writer per plan): on every core, in the plans' order.
        List<GeneratedFile> files = new ArrayList<>();
        plans.parallelStream().map(plan -> files(plan, mapping)).toList().forEach(files::addAll);
        for (Map.Entry<String, EnumType> e : planner.enumTypes().entrySet()) {
            files.add(file(e.getKey(), EnumWriter.write(e.getKey(), e.getValue(), options.packageName())));
        }
        return new EntitySources(files, omissions);
    }

    /** The entity class of the plan, and its id class when the key has several columns. */
    private List<GeneratedFile> files(EntityPlan plan, TypeMapping mapping) {
        GeneratedFile entity = file(plan.className(), new EntityWriter(options, mapping).write(plan));
        return plan.idClassName() == null ? List.of(entity)
                : List.of(entity, file(plan.idClassName(), IdClassWriter.write(plan, options.packageName())));
    }

    private GeneratedFile file(String className, String content) {
        return new GeneratedFile(options.packageName().replace('.', '/') + "/" + className + ".java", content);
    }
}
