package dev.strata.jpa.read;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.strata.dialect.JavaType;
import dev.strata.dialect.TypeSpec;
import dev.strata.jpa.naming.HibernateNames;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places one entity in its table according to its inheritance: a root (with its mapped superclasses) gets a table;
 * a SINGLE_TABLE subclass adds nullable columns to the root's table; a JOINED subclass gets a table keyed by the
 * root's key with a foreign key to its parent; a TABLE_PER_CLASS subclass gets a table with every inherited column.
 */
final class HierarchyMapper {
    private final ReadContext ctx;
    private final FieldMapper fields;

    HierarchyMapper(ReadContext ctx, FieldMapper fields) {
        this.ctx = ctx;
        this.fields = fields;
    }

    static int depth(ReadContext ctx, SourceType t) {
        int depth = 0;
        for (Optional<SourceType> p = parent(ctx, t); p.isPresent(); p = parent(ctx, p.get())) {
            depth++;
        }
        return depth;
    }

    void map(SourceType entity) {
        Optional<SourceType> parentEntity = parentEntity(entity);
        SourceType root = root(entity);
        String strategy = Annotations.find(root.declaration(), "Inheritance")
                .flatMap(a -> Annotations.constant(a, "strategy")).orElse("SINGLE_TABLE");
        if (parentEntity.isPresent() && strategy.equals("SINGLE_TABLE")) {
            TableDraft table = ctx.tableOf.get(root.name());
            ctx.tableOf.put(entity.name(), table);
            table.entities.add(entity);
            mapOwnAndMappedSuperclasses(entity, table, Scope.root(true));
            return;
        }
        TableDraft table = newTable(entity);
        if (parentEntity.isPresent() && strategy.equals("JOINED")) {
            joinedKey(entity, table, ctx.tableOf.get(parentEntity.get().name()));
            mapOwnAndMappedSuperclasses(entity, table, Scope.root(false));
        } else {
            for (SourceType ancestor : ancestors(entity)) {
                fields.mapFields(ancestor, table, Scope.root(false));
            }
            fields.mapFields(entity, table, Scope.root(false));
        }
        if (parentEntity.isEmpty() && needsDiscriminator(entity, strategy)) {
            table.add(discriminator(entity));
        }
        if (strategy.equals("TABLE_PER_CLASS") && ((ClassOrInterfaceDeclaration) entity.declaration()).isAbstract()) {
            ctx.tables.remove(table.name);   // an abstract union-subclass root has no table of its own
        }
    }

    private TableDraft newTable(SourceType entity) {
        ClassOrInterfaceDeclaration d = (ClassOrInterfaceDeclaration) entity.declaration();
        Optional<AnnotationExpr> table = Annotations.find(d, "Table");
        String logical = table.flatMap(t -> Annotations.string(t, "name")).filter(s -> !s.isBlank())
                .or(() -> Annotations.find(d, "Entity").flatMap(e -> Annotations.string(e, "name"))
                        .filter(s -> !s.isBlank()))
                .orElse(entity.name());
        QualifiedName name = QualifiedName.of(ctx.schema(table.flatMap(t -> Annotations.string(t, "schema"))),
                ctx.physical(logical));
        TableDraft existing = ctx.tables.get(name);
        if (existing != null) {
            throw entity.error(d, "entities " + existing.owner.name() + " (" + existing.owner.file() + ":"
                    + existing.owner.line() + ") and " + entity.name() + " both map table " + name
                    + ". Give one of them another @Table(name), or make one a subclass of the other");
        }
        TableDraft draft = new TableDraft(name, entity);
        draft.entities.add(entity);
        ctx.tables.put(name, draft);
        ctx.tableOf.put(entity.name(), draft);
        return draft;
    }

    /** The mapped superclasses between an entity and its parent entity, then the entity's own fields. */
    private void mapOwnAndMappedSuperclasses(SourceType entity, TableDraft table, Scope scope) {
        List<SourceType> between = new ArrayList<>();
        for (Optional<SourceType> p = parent(ctx, entity); p.isPresent() && !isEntity(p.get());
             p = parent(ctx, p.get())) {
            between.add(0, p.get());
        }
        between.forEach(t -> fields.mapFields(t, table, scope));
        fields.mapFields(entity, table, scope);
    }

    /** A JOINED subclass's table: the parent's key columns (or @PrimaryKeyJoinColumn names) and a foreign key. */
    private void joinedKey(SourceType entity, TableDraft table, TableDraft parent) {
        List<AnnotationExpr> renames = Annotations.findAll(entity.declaration(), "PrimaryKeyJoinColumn");
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < parent.primaryKey.size(); i++) {
            Column key = parent.columns.get(parent.primaryKey.get(i));
            String name = i < renames.size() ? Annotations.string(renames.get(i), "name").map(ctx::physical)
                    .orElse(key.name()) : key.name();
            table.add(new Column(name, key.type(), key.normalizedType(), false, null, null, null, null, null, Map.of()));
            table.primaryKey.add(name);
            columns.add(name);
        }
        table.foreignKeys.add(new ForeignKey(HibernateNames.foreignKey(table.name.name(), parent.name.name(), columns), columns,
                parent.name, parent.primaryKey, ctx.mapping.defaultForeignKeyAction(),
                ctx.mapping.defaultForeignKeyAction(), false, false, null, true, null));
    }

    private boolean needsDiscriminator(SourceType root, String strategy) {
        if (Annotations.has(root.declaration(), "DiscriminatorColumn")) {
            return true;
        }
        return strategy.equals("SINGLE_TABLE") && ctx.index.extended().contains(root.name())
                && ctx.index.all().stream().anyMatch(t -> isEntity(t)
                && parentEntity(t).map(p -> root(p) == root).orElse(false));
    }

    /** Hibernate's default discriminator: DTYPE varchar(31) not null. */
    private Column discriminator(SourceType root) {
        Optional<AnnotationExpr> d = Annotations.find(root.declaration(), "DiscriminatorColumn");
        String name = ctx.physical(d.flatMap(a -> Annotations.string(a, "name")).orElse("DTYPE"));
        String kind = d.flatMap(a -> Annotations.constant(a, "discriminatorType")).orElse("STRING");
        TypeSpec spec;
        if (kind.equals("INTEGER")) {
            spec = TypeSpec.of(JavaType.INTEGER);
        } else if (kind.equals("CHAR")) {
            spec = TypeSpec.of(JavaType.CHARACTER);
        } else {
            int length = d.flatMap(a -> Annotations.integer(a, "length")).orElse(31);
            spec = new TypeSpec(JavaType.STRING, length, null, null, false, List.of(), false, false);
        }
        String type = d.flatMap(a -> Annotations.string(a, "columnDefinition")).filter(s -> !s.isBlank())
                .map(ctx.mapping::spelled).orElse(ctx.mapping.sqlType(spec));
        return new Column(name, type, ctx.dialect.normalizeType(type), false, null, null, null, null, null, Map.of());
    }

    /** Mapped superclasses (and, for TABLE_PER_CLASS, entity ancestors) from the top down. */
    private List<SourceType> ancestors(SourceType entity) {
        List<SourceType> result = new ArrayList<>();
        for (Optional<SourceType> p = parent(ctx, entity); p.isPresent(); p = parent(ctx, p.get())) {
            if (isEntity(p.get()) || Annotations.has(p.get().declaration(), "MappedSuperclass")) {
                result.add(0, p.get());
            }
        }
        return result;
    }

    private Optional<SourceType> parentEntity(SourceType t) {
        for (Optional<SourceType> p = parent(ctx, t); p.isPresent(); p = parent(ctx, p.get())) {
            if (isEntity(p.get())) {
                return p;
            }
        }
        return Optional.empty();
    }

    private SourceType root(SourceType entity) {
        SourceType root = entity;
        for (Optional<SourceType> p = parentEntity(entity); p.isPresent(); p = parentEntity(p.get())) {
            root = p.get();
        }
        return root;
    }

    private static boolean isEntity(SourceType t) {
        return Annotations.has(t.declaration(), "Entity");
    }

    static Optional<SourceType> parent(ReadContext ctx, SourceType t) {
        if (!(t.declaration() instanceof ClassOrInterfaceDeclaration)) {
            return Optional.empty();
        }
        ClassOrInterfaceDeclaration d = (ClassOrInterfaceDeclaration) t.declaration();
        if (d.getExtendedTypes().isEmpty()) {
            return Optional.empty();
        }
        return ctx.index.type(d.getExtendedTypes().get(0).getNameAsString());
    }
}
