package dev.strata.jpa.generate;

import dev.strata.dialect.TypeMapping;
import dev.strata.jpa.naming.HibernateNames;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static dev.strata.jpa.generate.JavaSource.literal;

/** Writes one entity class from its plan, as a person would write it: annotations, fields, accessors. */
final class EntityWriter {
    private static final String JPA = "jakarta.persistence.";
    private static final String HIBERNATE = "org.hibernate.annotations.";
    private final GeneratorOptions options;
    private final TypeMapping mapping;
    private final NameWriter names;
    private final JavaSource src;

    EntityWriter(GeneratorOptions options, TypeMapping mapping) {
        this.options = options;
        this.mapping = mapping;
        this.names = new NameWriter(options.naming(), mapping);
        this.src = new JavaSource(options.packageName());
    }

    String write(EntityPlan plan) {
        String table = plan.schemaName() == null ? plan.table().name().name() : plan.table().name().toString();
        src.line("/** The {@code " + table + "} table. */");
        src.line("@" + src.use(JPA + "Entity"));
        table(plan);
        if (plan.idClassName() != null) {
            src.line("@" + src.use(JPA + "IdClass") + "(" + plan.idClassName() + ".class)");
        }
        if (plan.table().comment() != null) {
            src.line("@" + src.use(HIBERNATE + "Comment") + "(" + literal(plan.table().comment()) + ")");
        }
        if (fillsInDefaults(plan)) {
            src.line("@" + src.use(HIBERNATE + "DynamicInsert"));
        }
        for (CheckConstraint check : plan.table().checks()) {
            src.line("@" + src.use(HIBERNATE + "Check") + "(" + (check.name() == null ? ""
                    : "name = " + literal(check.name()) + ", ") + "constraints = " + literal(check.expression()) + ")");
        }
        src.line("public class " + plan.className() + " {");
        List<Runnable> bodies = new ArrayList<>();
        for (EntityPlan.Member m : plan.members()) {
            bodies.add(m instanceof EntityPlan.Basic ? () -> basic((EntityPlan.Basic) m, plan)
                    : () -> relation((EntityPlan.Relation) m, plan));
        }
        plan.inverses().forEach(i -> bodies.add(() -> inverse(i)));
        for (int i = 0; i < bodies.size(); i++) {
            if (i > 0) {
                src.blank();
            }
            bodies.get(i).run();
        }
        if (options.accessors()) {
            accessors(plan);
        }
        src.line("}");
        return src.text();
    }

    /**
     * A NOT NULL column with a default may be left out of a create request; Hibernate then leaves it out of the
     * INSERT (rather than sending NULL) only with {@code @DynamicInsert}, so that the database fills it in.
     */
    private boolean fillsInDefaults(EntityPlan plan) {
        return plan.members().stream().filter(m -> m instanceof EntityPlan.Basic).map(m -> (EntityPlan.Basic) m)
                .anyMatch(b -> !b.id() && !b.column().nullable() && b.column().defaultValue() != null
                        && b.column().generated() == null && b.column().identity() == null);
    }

    private void table(EntityPlan plan) {
        List<String> attrs = new ArrayList<>();
        if (plan.tableName() != null) {
            attrs.add("name = " + literal(plan.tableName()));
        }
        if (plan.schemaName() != null) {
            attrs.add("schema = " + literal(plan.schemaName()));
        }
        List<String> uniques = new ArrayList<>();
        for (UniqueConstraint u : plan.uniques()) {
            uniques.add("@" + src.use(JPA + "UniqueConstraint") + "(" + (u.name() == null ? ""
                    : "name = " + literal(u.name()) + ", ") + "columnNames = " + array(u.columns().stream()
                    .map(c -> literal(names.spelled(c))).toList()) + ")");
        }
        List<String> indexes = new ArrayList<>();
        for (Index index : plan.indexes()) {
            indexes.add("@" + src.use(JPA + "Index") + "(" + (index.name() == null ? ""
                    : "name = " + literal(index.name()) + ", ") + "columnList = " + literal(columnList(index))
                    + (index.unique() ? ", unique = true" : "") + ")");
        }
        if (!uniques.isEmpty()) {
            attrs.add("uniqueConstraints = " + block(uniques));
        }
        if (!indexes.isEmpty()) {
            attrs.add("indexes = " + block(indexes));
        }
        if (!attrs.isEmpty()) {
            src.line("@" + src.use(JPA + "Table") + "(" + String.join(", ", attrs) + ")");
        }
    }

    private String columnList(Index index) {
        return index.keys().stream().map(this::key).collect(Collectors.joining(", "));
    }

    private String key(IndexKey k) {
        return names.spelled(k.column()) + (k.descending() ? " DESC" : "");
    }

    private static String array(List<String> items) {
        return items.size() == 1 ? items.get(0) : "{" + String.join(", ", items) + "}";
    }

    /** One element inline; several one per line, indented, as formatters lay out annotation arrays. */
    private static String block(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return "{\n        " + String.join(",\n        ", items) + "\n}";
    }

    private void basic(EntityPlan.Basic b, EntityPlan plan) {
        Column c = b.column();
        if (b.id()) {
            src.line("    @" + src.use(JPA + "Id"));
        }
        if (b.identity()) {
            src.line("    @" + src.use(JPA + "GeneratedValue") + "(strategy = " + src.use(JPA + "GenerationType")
                    + ".IDENTITY)");
        }
        if (b.sequence() != null) {
            sequenceGenerator(b.sequence());
        }
        if (b.type().namedEnum()) {
            src.line("    @" + src.use(JPA + "Enumerated") + "(" + src.use(JPA + "EnumType") + ".STRING)");
            src.line("    @" + src.use(HIBERNATE + "JdbcTypeCode") + "(" + src.use("org.hibernate.type.SqlTypes")
                    + ".NAMED_ENUM)");
        }
        if (b.type().jdbcTypeCode() != null) {
            src.line("    @" + src.use(HIBERNATE + "JdbcTypeCode") + "(" + src.use("org.hibernate.type.SqlTypes")
                    + "." + b.type().jdbcTypeCode() + ")");
        }
        List<String> attrs = columnAttributes(b);
        if (!attrs.isEmpty()) {
            src.line("    @" + src.use(JPA + "Column") + "(" + String.join(", ", attrs) + ")");
        }
        if (c.defaultValue() != null && !c.defaultValue().equals(mapping.implicitDefault(c.nullable()))) {
            src.line("    @" + src.use(HIBERNATE + "ColumnDefault") + "(" + literal(c.defaultValue()) + ")");
        }
        if (c.comment() != null) {
            src.line("    @" + src.use(HIBERNATE + "Comment") + "(" + literal(c.comment()) + ")");
        }
        field(b.type().importName(), b.javaType(), b.field(), null);
    }

    private void sequenceGenerator(EntityPlan.SequenceKey q) {
        src.line("    @" + src.use(JPA + "GeneratedValue") + "(strategy = " + src.use(JPA + "GenerationType")
                + ".SEQUENCE, generator = " + literal(q.generator()) + ")");
        List<String> attrs = new ArrayList<>(List.of("name = " + literal(q.generator()),
                "sequenceName = " + literal(q.sequenceName())));
        if (q.schema() != null) {
            attrs.add("schema = " + literal(q.schema()));
        }
        if (q.initialValue() != 1) {
            attrs.add("initialValue = " + q.initialValue());
        }
        attrs.add("allocationSize = " + q.allocationSize());
        src.line("    @" + src.use(JPA + "SequenceGenerator") + "(" + String.join(", ", attrs) + ")");
    }

    private List<String> columnAttributes(EntityPlan.Basic b) {
        List<String> attrs = new ArrayList<>();
        if (b.columnName() != null) {
            attrs.add("name = " + literal(b.columnName()));
        }
        if (!b.id() && !b.column().nullable()) {
            attrs.add("nullable = false");
        }
        if (b.type().spec().length() != null && b.type().columnDefinition() == null) {
            attrs.add("length = " + b.type().spec().length());
        }
        if (b.type().spec().precision() != null && b.type().columnDefinition() == null) {
            attrs.add("precision = " + b.type().spec().precision());
            attrs.add("scale = " + b.type().spec().scale());
        }
        if (b.type().columnDefinition() != null) {
            attrs.add("columnDefinition = " + literal(b.type().columnDefinition()));
        }
        return attrs;
    }

    private void relation(EntityPlan.Relation r, EntityPlan plan) {
        ForeignKey fk = r.foreignKey();
        src.line("    @" + src.use(JPA + "ManyToOne") + "(fetch = " + src.use(JPA + "FetchType") + ".LAZY)");
        String foreignKey = foreignKeyName(fk, plan);
        if (r.joinColumns().size() == 1) {
            List<String> attrs = joinColumnAttributes(r, 0);
            if (foreignKey != null) {
                attrs.add(foreignKey);
            }
            src.line("    @" + src.use(JPA + "JoinColumn") + "(" + String.join(", ", attrs) + ")");
        } else {
            List<String> joins = new ArrayList<>();
            for (int i = 0; i < r.joinColumns().size(); i++) {
                joins.add("@" + src.use(JPA + "JoinColumn") + "(" + String.join(", ", joinColumnAttributes(r, i)) + ")");
            }
            src.line("    @" + src.use(JPA + "JoinColumns") + "(value = {");
            src.line("            " + String.join(",\n            ", joins));
            src.line("    }" + (foreignKey == null ? "" : ", " + foreignKey) + ")");
        }
        String action = onDelete(fk);
        if (action != null) {
            src.line("    @" + src.use(HIBERNATE + "OnDelete") + "(action = " + src.use(HIBERNATE + "OnDeleteAction")
                    + "." + action + ")");
        }
        field(null, r.targetClass(), r.field(), null);
    }

    private List<String> joinColumnAttributes(EntityPlan.Relation r, int i) {
        List<String> attrs = new ArrayList<>();
        attrs.add("name = " + literal(r.joinColumns().get(i)));
        if (r.referenced() != null) {
            attrs.add("referencedColumnName = " + literal(r.referenced().get(i)));
        }
        if (!r.nullable() && !r.readOnly()) {
            attrs.add("nullable = false");
        }
        if (r.readOnly()) {
            attrs.add("insertable = false");
            attrs.add("updatable = false");
        }
        if (r.columnDefinitions().get(i) != null && !r.readOnly()) {
            attrs.add("columnDefinition = " + literal(r.columnDefinitions().get(i)));
        }
        return attrs;
    }

    private String foreignKeyName(ForeignKey fk, EntityPlan plan) {
        if (fk.name() == null || fk.name().equals(HibernateNames.foreignKey(plan.table().name().name(),
                fk.referencedTable().name(), fk.columns()))) {
            return null;
        }
        return "foreignKey = @" + src.use(JPA + "ForeignKey") + "(name = " + literal(fk.name()) + ")";
    }

    private String onDelete(ForeignKey fk) {
        if (fk.onDelete() == null || fk.onDelete().equalsIgnoreCase(mapping.defaultForeignKeyAction())
                || fk.onDelete().equalsIgnoreCase("NO ACTION")) {
            return null;
        }
        return fk.onDelete().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    private void inverse(EntityPlan.Inverse i) {
        src.line("    @" + src.use(JPA + "OneToMany") + "(mappedBy = " + literal(i.mappedBy()) + ")");
        field(null, src.use("java.util.List") + "<" + i.sourceClass() + ">", i.field(),
                "new " + src.use("java.util.ArrayList") + "<>()");
    }

    private void field(String importName, String type, String name, String initializer) {
        if (importName != null) {
            src.use(importName);
        }
        src.line("    private " + type + " " + name + (initializer == null ? "" : " = " + initializer) + ";");
    }

    private void accessors(EntityPlan plan) {
        for (EntityPlan.Member m : plan.members()) {
            accessor(m.javaType(), m.field());
        }
        for (EntityPlan.Inverse i : plan.inverses()) {
            accessor("List<" + i.sourceClass() + ">", i.field());
        }
    }

    private void accessor(String type, String field) {
        String property = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        src.blank();
        src.line("    public " + type + " get" + property + "() {");
        src.line("        return " + field + ";");
        src.line("    }");
        src.blank();
        src.line("    public void set" + property + "(" + type + " " + field + ") {");
        src.line("        this." + field + " = " + field + ";");
        src.line("    }");
    }
}
