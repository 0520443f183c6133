package dev.strata.jpa.read;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.strata.jpa.naming.HibernateNames;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.UniqueConstraint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the persistent fields of one class (entity, mapped superclass or embeddable) onto a table. */
final class FieldMapper {
    private static final List<String> RELATIONS = List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany");
    private final ReadContext ctx;
    private final List<PendingRelation> pending;
    private final ColumnReader columns;

    FieldMapper(ReadContext ctx, List<PendingRelation> pending) {
        this.ctx = ctx;
        this.pending = pending;
        this.columns = new ColumnReader(ctx);
    }

    void mapFields(SourceType type, TableDraft table, Scope scope) {
        for (FieldDeclaration field : type.declaration().getFields()) {
            if (skipped(field)) {
                continue;
            }
            for (VariableDeclarator v : field.getVariables()) {
                mapField(type, table, field, v, scope);
            }
        }
    }

    private static boolean skipped(FieldDeclaration f) {
        return f.hasModifier(Modifier.Keyword.STATIC) || f.hasModifier(Modifier.Keyword.TRANSIENT)
                || Annotations.has(f, "Transient") || Annotations.has(f, "Formula")
                || Annotations.has(f, "ElementCollection");
    }

    private void mapField(SourceType type, TableDraft table, FieldDeclaration field, VariableDeclarator v,
                          Scope scope) {
        String attribute = v.getNameAsString();
        Optional<String> relation = RELATIONS.stream().filter(r -> Annotations.has(field, r)).findFirst();
        if (relation.isPresent()) {
            relation(type, table, field, v, relation.get(), scope);
            return;
        }
        String typeName = SourceIndex.stripGenerics(v.getType().asString());
        boolean embeddedId = Annotations.has(field, "EmbeddedId");
        if (embeddedId || Annotations.has(field, "Embedded") || ctx.isEmbeddable(typeName)) {
            embedded(type, table, field, typeName, new Scope(scope.path() + attribute + ".", overrides(field, scope,
                    attribute), scope.id() || embeddedId, scope.forceNullable()));
            return;
        }
        Column column = columns.read(type, field, v, scope, table);
        table.attributeColumns.putIfAbsent(scope.path() + attribute, column.name());
        table.attributeTypes.putIfAbsent(scope.path() + attribute, v.getType().asString());
        if (table.hasColumn(column.name())) {
            return;
        }
        table.add(column);
        if (scope.id() || Annotations.has(field, "Id")) {
            table.primaryKey.add(column.name());
        }
        constraints(table, field, column);
    }

    private void relation(SourceType type, TableDraft table, FieldDeclaration field, VariableDeclarator v,
                          String kind, Scope scope) {
        AnnotationExpr a = Annotations.find(field, kind).orElseThrow();
        if (Annotations.string(a, "mappedBy").isPresent()) {
            ctx.inverses.add(new InverseAttribute(type.name(), scope.path() + v.getNameAsString(),
                    Annotations.classLiteral(a, "targetEntity").orElseGet(() -> targetType(v.getType())),
                    Annotations.string(a, "mappedBy").get()));
            return;
        }
        String target = Annotations.classLiteral(a, "targetEntity").orElseGet(() -> targetType(v.getType()));
        PendingRelation relation = new PendingRelation(kind, type, table, field, v, scope.path() + v.getNameAsString(),
                target, scope);
        pending.add(relation);
        table.reserve(relation);
    }

    /** The entity a relation points to: the field's type, or the element type of a collection. */
    private static String targetType(Type type) {
        if (type instanceof ClassOrInterfaceType) {
            ClassOrInterfaceType c = (ClassOrInterfaceType) type;
            if (c.getTypeArguments().isPresent() && !c.getTypeArguments().get().isEmpty()) {
                List<Type> args = c.getTypeArguments().get();
                return SourceIndex.stripGenerics(args.get(args.size() - 1).asString());
            }
        }
        return SourceIndex.stripGenerics(type.asString());
    }

    private void embedded(SourceType owner, TableDraft table, FieldDeclaration field, String typeName, Scope scope) {
        SourceType embeddable = ctx.index.type(typeName).filter(t -> t.declaration() instanceof
                ClassOrInterfaceDeclaration).orElseThrow(() -> owner.error(field, "embedded type " + typeName
                + " is not among the entity sources. Add its source to the models directory."));
        mapFields(embeddable, table, scope);
    }

    /** Overrides from the field's {@code @AttributeOverride(s)}, keyed by the full attribute path. */
    private static Map<String, AnnotationExpr> overrides(FieldDeclaration field, Scope scope, String attribute) {
        Map<String, AnnotationExpr> result = new HashMap<>(scope.overrides());
        List<AnnotationExpr> all = new java.util.ArrayList<>(Annotations.findAll(field, "AttributeOverride"));
        Annotations.find(field, "AttributeOverrides").ifPresent(a -> all.addAll(Annotations.annotations(a, "value")));
        for (AnnotationExpr o : all) {
            String name = Annotations.string(o, "name").orElse("");
            Annotations.attr(o, "column").filter(e -> e instanceof AnnotationExpr)
                    .ifPresent(c -> result.put(scope.path() + attribute + "." + name, (AnnotationExpr) c));
        }
        return result;
    }

    private void constraints(TableDraft table, FieldDeclaration field, Column column) {
        Optional<AnnotationExpr> col = Annotations.find(field, "Column");
        if (col.flatMap(c -> Annotations.bool(c, "unique")).orElse(false)) {
            List<String> cols = List.of(column.name());
            table.uniques.add(new UniqueConstraint(HibernateNames.unique(table.name.name(), cols), cols, null,
                    Map.of()));
        }
        for (AnnotationExpr check : Annotations.findAll(field, "Check")) {
            String name = Annotations.string(check, "name").orElse(null);
            String expression = Annotations.string(check, "constraints").orElse("");
            table.checks.add(CheckConstraint.of(name, expression));
        }
    }
}
