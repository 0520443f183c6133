package dev.strata.jpa.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the {@code @IdClass} of an entity with a composite key: its key fields in key order, equals and hashCode. */
final class IdClassWriter {
    private IdClassWriter() {
    }

    static String write(EntityPlan plan, String packageName) {
        JavaSource src = new JavaSource(packageName);
        List<EntityPlan.Basic> keys = keyFields(plan);
        String name = plan.idClassName();
        src.line("/** The primary key of {@link " + plan.className() + "}. */");
        src.line("public class " + name + " implements " + src.use("java.io.Serializable") + " {");
        src.line("    private static final long serialVersionUID = 1L;");
        src.blank();
        for (EntityPlan.Basic k : keys) {
            if (k.type().importName() != null) {
                src.use(k.type().importName());
            }
            src.line("    private " + k.javaType() + " " + k.field() + ";");
        }
        src.blank();
        src.line("    public " + name + "() {");
        src.line("    }");
        src.blank();
        src.line("    public " + name + "(" + keys.stream().map(k -> k.javaType() + " " + k.field())
                .collect(Collectors.joining(", ")) + ") {");
        keys.forEach(k -> src.line("        this." + k.field() + " = " + k.field() + ";"));
        src.line("    }");
        for (EntityPlan.Basic k : keys) {
            src.blank();
            src.line("    public " + k.javaType() + " get" + Character.toUpperCase(k.field().charAt(0))
                    + k.field().substring(1) + "() {");
            src.line("        return " + k.field() + ";");
            src.line("    }");
        }
        equalsAndHashCode(src, name, keys);
        src.line("}");
        return src.text();
    }

    private static void equalsAndHashCode(JavaSource src, String name, List<EntityPlan.Basic> keys) {
        String objects = src.use("java.util.Objects");
        src.blank();
        src.line("    @Override");
        src.line("    public boolean equals(Object o) {");
        src.line("        if (this == o) {");
        src.line("            return true;");
        src.line("        }");
        src.line("        if (!(o instanceof " + name + ")) {");
        src.line("            return false;");
        src.line("        }");
        src.line("        " + name + " other = (" + name + ") o;");
        src.line("        return " + keys.stream().map(k -> objects + ".equals(" + k.field() + ", other." + k.field() + ")")
                .collect(Collectors.joining("\n                && ")) + ";");
        src.line("    }");
        src.blank();
        src.line("    @Override");
        src.line("    public int hashCode() {");
        src.line("        return " + objects + ".hash(" + keys.stream().map(EntityPlan.Basic::field)
                .collect(Collectors.joining(", ")) + ");");
        src.line("    }");
    }

    /** The entity's key fields in primary key order, which is the order the reader gives the key. */
    static List<EntityPlan.Basic> keyFields(EntityPlan plan) {
        List<EntityPlan.Basic> keys = new ArrayList<>();
        for (String column : plan.table().primaryKey().columns()) {
            plan.members().stream().filter(m -> m instanceof EntityPlan.Basic).map(m -> (EntityPlan.Basic) m)
                    .filter(b -> b.column().name().equals(column)).findFirst().ifPresent(keys::add);
        }
        return keys;
    }
}
