package dev.strata.jpa.read;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.strata.jpa.naming.HibernateNames;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns associations into join columns and foreign keys (to-one), or join tables (many-to-many), once every
 * entity's own columns are known. Join columns take the type of the column they reference, which may itself be a
 * join column, so resolution repeats until nothing is left.
 */
final class RelationMapper {
    private final ReadContext ctx;

    RelationMapper(ReadContext ctx) {
        this.ctx = ctx;
    }

    void resolveAll(List<PendingRelation> pending) {
        List<PendingRelation> left = new ArrayList<>(pending);
        while (!left.isEmpty()) {
            int before = left.size();
            left.removeIf(this::resolve);
            if (left.size() == before) {
                PendingRelation r = left.get(0);
                throw r.owner().error(r.field(), "cannot resolve the join columns of '" + r.attribute()
                        + "': the referenced columns of " + r.target() + " are missing. Check referencedColumnName"
                        + " and the target's @Id");
            }
        }
    }

    /** True when resolved; false when a referenced column is not known yet. */
    private boolean resolve(PendingRelation r) {
        TableDraft target = ctx.tableOf.get(r.target());
        if (target == null) {
            throw r.owner().error(r.field(), "'" + r.attribute() + "' refers to " + r.target()
                    + ", which is not an @Entity among the sources. Add its source or mark the field @Transient");
        }
        switch (r.kind()) {
            case "ManyToOne":
            case "OneToOne":
                return toOne(r, target);
            case "OneToMany":
                return Annotations.has(r.field(), "JoinColumn") || Annotations.has(r.field(), "JoinColumns")
                        ? oneToManyJoinColumn(r, target) : joinTable(r, target);
            default:
                return joinTable(r, target);
        }
    }

    private boolean toOne(PendingRelation r, TableDraft target) {
        List<AnnotationExpr> joins = joinColumns(r.field());
        List<String> referenced = referencedColumns(joins, target);
        if (!referenced.stream().allMatch(target::hasColumn)) {
            return false;
        }
        AnnotationExpr relation = Annotations.find(r.field(), r.kind()).orElseThrow();
        boolean optional = Annotations.bool(relation, "optional").orElse(true) && !Annotations.has(r.field(), "NotNull");
        boolean id = r.scope().id() || Annotations.has(r.field(), "Id") || Annotations.has(r.field(), "MapsId");
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < referenced.size(); i++) {
            Optional<AnnotationExpr> join = i < joins.size() ? Optional.of(joins.get(i)) : Optional.empty();
            String name = join.flatMap(j -> Annotations.string(j, "name")).filter(s -> !s.isBlank())
                    .map(ctx::physical).orElse(ctx.physical(r.attribute().replace('.', '_') + "_" + referenced.get(i)));
            boolean nullable = (optional && join.flatMap(j -> Annotations.bool(j, "nullable")).orElse(true) && !id)
                    || r.scope().forceNullable();
            r.table().addJoinColumn(r, joinColumn(name, join, target.columns.get(referenced.get(i)), nullable));
            if (id && !r.table().primaryKey.contains(name)) {
                r.table().primaryKey.add(name);
            }
            columns.add(name);
        }
        foreignKey(r, r.table(), columns, target, referenced, joins);
        if (r.kind().equals("OneToOne") && !id) {
            r.table().uniques.add(new UniqueConstraint(HibernateNames.unique(r.table().name.name(), columns), columns,
                    null, Map.of()));
        }
        return true;
    }

    private boolean oneToManyJoinColumn(PendingRelation r, TableDraft target) {
        List<AnnotationExpr> joins = joinColumns(r.field());
        TableDraft owner = r.table();
        List<String> referenced = referencedColumns(joins, owner);
        if (!referenced.stream().allMatch(owner::hasColumn)) {
            return false;
        }
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < referenced.size(); i++) {
            Optional<AnnotationExpr> join = i < joins.size() ? Optional.of(joins.get(i)) : Optional.empty();
            String name = join.flatMap(j -> Annotations.string(j, "name")).map(ctx::physical)
                    .orElse(ctx.physical(r.attribute() + "_" + referenced.get(i)));
            boolean nullable = join.flatMap(j -> Annotations.bool(j, "nullable")).orElse(true);
            target.addJoinColumn(r, joinColumn(name, join, owner.columns.get(referenced.get(i)), nullable));
            columns.add(name);
        }
        foreignKey(r, target, columns, owner, referenced, joins);
        return true;
    }

    private boolean joinTable(PendingRelation r, TableDraft target) {
        TableDraft owner = r.table();
        if (!owner.primaryKey.stream().allMatch(owner::hasColumn) || target.primaryKey.isEmpty()) {
            return false;
        }
        Optional<AnnotationExpr> jt = Annotations.find(r.field(), "JoinTable");
        String name = jt.flatMap(j -> Annotations.string(j, "name")).filter(s -> !s.isBlank()).map(ctx::physical)
                .orElse(ctx.physical(ctx.options.naming().joinTable(owner.name.name(), r.attribute(),
                        target.name.name())));
        QualifiedName qn = QualifiedName.of(ctx.schema(jt.flatMap(j -> Annotations.string(j, "schema"))), name);
        if (ctx.tables.containsKey(qn)) {
            return true;
        }
        TableDraft table = new TableDraft(qn, r.owner());
        ctx.tables.put(qn, table);
        String ownerSide = inverseAttribute(r).orElse(r.owner().name());
        List<String> ownerColumns = side(r, table, jt.map(j -> Annotations.annotations(j, "joinColumns"))
                .orElse(List.of()), owner, ownerSide);
        List<String> targetColumns = side(r, table, jt.map(j -> Annotations.annotations(j, "inverseJoinColumns"))
                .orElse(List.of()), target, r.attribute());
        if (r.field().getElementType().asString().matches("(Set|SortedSet|HashSet|TreeSet)(<.*)?")) {
            table.primaryKey.addAll(ownerColumns);
            table.primaryKey.addAll(targetColumns);
        }
        return true;
    }

    private List<String> side(PendingRelation r, TableDraft table, List<AnnotationExpr> joins, TableDraft referencedTable,
                              String prefix) {
        List<String> referenced = referencedColumns(joins, referencedTable);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < referenced.size(); i++) {
            Optional<AnnotationExpr> join = i < joins.size() ? Optional.of(joins.get(i)) : Optional.empty();
            String name = join.flatMap(j -> Annotations.string(j, "name")).filter(s -> !s.isBlank()).map(ctx::physical)
                    .orElse(ctx.physical(prefix + "_" + referenced.get(i)));
            table.add(joinColumn(name, join, referencedTable.columns.get(referenced.get(i)), false));
            columns.add(name);
        }
        table.foreignKeys.add(new ForeignKey(HibernateNames.foreignKey(table.name.name(),
                referencedTable.name.name(), columns), columns,
                referencedTable.name, referenced, ctx.mapping.defaultForeignKeyAction(),
                ctx.mapping.defaultForeignKeyAction(), false, false, null, true, null));
        return columns;
    }

    /** The attribute of the target that maps this association back ({@code mappedBy}), if any. */
    private Optional<String> inverseAttribute(PendingRelation r) {
        return ctx.classOf(r.target()).flatMap(c -> c.getFields().stream()
                .filter(f -> Annotations.find(f, "ManyToMany").flatMap(a -> Annotations.string(a, "mappedBy"))
                        .map(m -> m.equals(r.attribute())).orElse(false))
                .map(f -> f.getVariable(0).getNameAsString()).findFirst());
    }

    private Column joinColumn(String name, Optional<AnnotationExpr> join, Column referenced, boolean nullable) {
        Optional<String> definition = join.flatMap(j -> Annotations.string(j, "columnDefinition"))
                .filter(s -> !s.isBlank()).map(ctx.mapping::spelled);
        String type = definition.orElse(referenced.type());
        return new Column(name, type, definition.isPresent() ? ctx.dialect.normalizeType(type) : referenced.normalizedType(),
                nullable, ctx.mapping.implicitDefault(nullable), null, null, null, null, Map.of());
    }

    private List<String> referencedColumns(List<AnnotationExpr> joins, TableDraft target) {
        List<String> pk = target.primaryKey;
        if (joins.isEmpty()) {
            return new ArrayList<>(pk);
        }
        List<String> referenced = new ArrayList<>();
        for (int i = 0; i < joins.size(); i++) {
            Optional<String> written = Annotations.string(joins.get(i), "referencedColumnName").filter(s -> !s.isBlank());
            referenced.add(written.map(ctx::physical).orElse(i < pk.size() ? pk.get(i) : "?"));
        }
        return referenced;
    }

    private void foreignKey(PendingRelation r, TableDraft table, List<String> columns, TableDraft target,
                            List<String> referenced, List<AnnotationExpr> joins) {
        Optional<AnnotationExpr> fk = foreignKeyAnnotation(r.field(), joins);
        if (fk.flatMap(f -> Annotations.constant(f, "value")).map(v -> v.equals("NO_CONSTRAINT")).orElse(false)) {
            return;
        }
        String name = fk.flatMap(f -> Annotations.string(f, "name")).filter(s -> !s.isBlank())
                .orElse(HibernateNames.foreignKey(table.name.name(), target.name.name(), columns));
        String noAction = ctx.mapping.defaultForeignKeyAction();
        String onDelete = Annotations.find(r.field(), "OnDelete").flatMap(a -> Annotations.constant(a, "action"))
                .filter(a -> !a.equals("NO_ACTION")).map(a -> a.replace('_', ' ').toUpperCase(Locale.ROOT))
                .orElse(noAction);
        table.foreignKeys.add(new ForeignKey(name, columns, target.name, referenced, onDelete, noAction, false, false,
                null, true, null));
    }

    private static Optional<AnnotationExpr> foreignKeyAnnotation(FieldDeclaration field, List<AnnotationExpr> joins) {
        Optional<AnnotationExpr> group = Annotations.find(field, "JoinColumns")
                .flatMap(j -> Annotations.attr(j, "foreignKey")).filter(e -> e instanceof AnnotationExpr)
                .map(e -> (AnnotationExpr) e);
        if (group.isPresent()) {
            return group;
        }
        for (AnnotationExpr j : joins) {
            Optional<AnnotationExpr> fk = Annotations.attr(j, "foreignKey").filter(e -> e instanceof AnnotationExpr)
                    .map(e -> (AnnotationExpr) e);
            if (fk.isPresent()) {
                return fk;
            }
        }
        return Optional.empty();
    }

    static List<AnnotationExpr> joinColumns(FieldDeclaration field) {
        List<AnnotationExpr> joins = new ArrayList<>(Annotations.findAll(field, "JoinColumn"));
        Annotations.find(field, "JoinColumns").ifPresent(j -> joins.addAll(Annotations.annotations(j, "value")));
        return joins;
    }
}
