package dev.strata.jpa.read;

import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.strata.dialect.JavaType;
import dev.strata.dialect.TypeSpec;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.EnumType;
import dev.strata.model.Identity;
import dev.strata.model.QualifiedName;
import dev.strata.model.Sequence;
import dev.strata.model.SequenceOptions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one basic field into a column: name, type as the target database spells it, nullability, default. */
final class ColumnReader {
    private final ReadContext ctx;

    ColumnReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    Column read(SourceType owner, FieldDeclaration field, VariableDeclarator v, Scope scope, TableDraft table) {
        String path = scope.path() + v.getNameAsString();
        Optional<AnnotationExpr> column = Optional.ofNullable(scope.overrides().get(path))
                .or(() -> Annotations.find(field, "Column"));
        String name = ctx.physical(column.flatMap(c -> Annotations.string(c, "name")).filter(s -> !s.isBlank())
                .orElse(v.getNameAsString()));
        String spelled = v.getType().asString();
        boolean id = scope.id() || Annotations.has(field, "Id");
        Identity generated = identity(field, table);
        String type;
        DataType normalized;
        Optional<String> definition = column.flatMap(c -> Annotations.string(c, "columnDefinition"))
                .filter(s -> !s.isBlank());
        Optional<EnumDeclaration> enumType = ctx.enumOf(SourceIndex.stripGenerics(spelled));
        if (enumType.isPresent() && namedEnum(field, definition)) {
            type = definition.map(ctx.mapping::spelled).orElse(ctx.physical(enumType.get().getNameAsString()));
            normalized = DataType.named(DataType.Kind.ENUM, type);
            registerEnum(table.name.schema(), type, enumType.get());
        } else {
            // With a columnDefinition the field's Java type does not matter (a converter may handle it).
            type = definition.map(ctx::definedType).orElseGet(() -> sqlType(owner, field,
                    spec(owner, field, v, column, enumType), generated, id));
            normalized = ctx.dialect.normalizeType(type);
        }
        // Subclass columns of a single-table hierarchy are nullable unless declared otherwise (Hibernate 6.6 keeps
        // an explicit @Column(nullable = false) there, as hbm2ddl on MariaDB shows).
        boolean explicitNotNull = column.flatMap(c -> Annotations.bool(c, "nullable")).map(n -> !n).orElse(false);
        boolean nullable = !id && !scope.id() && !notNull(field, column, spelled)
                || scope.forceNullable() && !id && !explicitNotNull;
        String defaultValue = Annotations.find(field, "ColumnDefault").flatMap(a -> Annotations.string(a, "value"))
                .orElse(null);
        String comment = Annotations.find(field, "Comment").flatMap(a -> Annotations.string(a, "value"))
                .filter(c -> ctx.mapping.keepsComments()).orElse(null);
        if (defaultValue == null && generated == null) {
            defaultValue = ctx.mapping.implicitDefault(nullable);
        }
        Identity identity = ctx.mapping.identityWithDefault(generated, defaultValue);
        return new Column(name, type, normalized, nullable, defaultValue, identity, null, null, comment, Map.of());
    }

    private static boolean namedEnum(FieldDeclaration field, Optional<String> definition) {
        boolean jdbcNamedEnum = Annotations.find(field, "JdbcTypeCode").flatMap(a -> Annotations.constant(a, "value"))
                .map(c -> c.equals("NAMED_ENUM")).orElse(false);
        return jdbcNamedEnum || definition.map(d -> d.trim().matches("[A-Za-z_][A-Za-z0-9_.\"]*")).orElse(false);
    }

    private void registerEnum(String schema, String type, EnumDeclaration declaration) {
        List<String> values = declaration.getEntries().stream().map(EnumConstantDeclaration::getNameAsString).toList();
        int dot = type.lastIndexOf('.');
        QualifiedName name = dot < 0 ? QualifiedName.of(schema, type)
                : QualifiedName.of(type.substring(0, dot), type.substring(dot + 1));
        ctx.enums.putIfAbsent(name, new EnumType(name, values, null, null, List.of()));
    }

    private TypeSpec spec(SourceType owner, FieldDeclaration field, VariableDeclarator v,
                          Optional<AnnotationExpr> column, Optional<EnumDeclaration> enumType) {
        Integer length = column.flatMap(c -> Annotations.integer(c, "length")).orElse(null);
        Integer precision = column.flatMap(c -> Annotations.integer(c, "precision")).filter(p -> p > 0).orElse(null);
        Integer scale = column.flatMap(c -> Annotations.integer(c, "scale")).orElse(null);
        boolean lob = Annotations.has(field, "Lob");
        boolean json = Annotations.find(field, "JdbcTypeCode").flatMap(a -> Annotations.constant(a, "value"))
                .map(c -> c.equals("JSON")).orElse(false);
        if (enumType.isPresent()) {
            boolean ordinal = !Annotations.find(field, "Enumerated").flatMap(a -> Annotations.constant(a, "value"))
                    .map(c -> c.equals("STRING")).orElse(false);
            List<String> values = enumType.get().getEntries().stream().map(EnumConstantDeclaration::getNameAsString)
                    .toList();
            JavaType javaType = ordinal ? (values.size() > 127 ? JavaType.SHORT : JavaType.BYTE) : JavaType.STRING;
            return new TypeSpec(javaType, length, null, null, false, ordinal ? List.of() : values, ordinal, false);
        }
        String spelled = v.getType().asString();
        JavaType javaType = JavaType.of(spelled, owner.imports("java.sql.Date"))
                .orElseThrow(() -> owner.error(field, "field '" + v.getNameAsString() + "' has type " + spelled
                        + ", which strata cannot map to a column. Use a basic type, mark it @Transient, or give"
                        + " @Column(columnDefinition = \"...\")"));
        return new TypeSpec(temporal(field, javaType), length, precision, scale, lob, List.of(), false, json);
    }

    /** {@code @Temporal} narrows {@code java.util.Date} to a date or a time. */
    private static JavaType temporal(FieldDeclaration field, JavaType javaType) {
        Optional<String> temporal = Annotations.find(field, "Temporal").flatMap(a -> Annotations.constant(a, "value"));
        if (temporal.isEmpty()) {
            return javaType;
        }
        switch (temporal.get()) {
            case "DATE": return JavaType.SQL_DATE;
            case "TIME": return JavaType.SQL_TIME;
            default: return JavaType.SQL_TIMESTAMP;
        }
    }

    private String sqlType(SourceType owner, FieldDeclaration field, TypeSpec spec, Identity identity, boolean id) {
        if (identity != null && ctx.mapping.identityColumnType().isPresent()) {
            return ctx.mapping.identityColumnType().get();
        }
        String type = ctx.mapping.sqlType(spec);
        if (type == null) {
            throw owner.error(field, "no " + ctx.options.dialect() + " column type for a field of type "
                    + spec.javaType().simpleName() + ". Give @Column(columnDefinition = \"...\")");
        }
        return type;
    }

    private boolean notNull(FieldDeclaration field, Optional<AnnotationExpr> column, String spelled) {
        boolean primitive = JavaType.of(spelled, false).map(t -> t.isPrimitive(spelled)).orElse(false);
        return primitive || column.flatMap(c -> Annotations.bool(c, "nullable")).map(n -> !n).orElse(false)
                || Annotations.has(field, "NotNull") || Annotations.has(field, "NonNull")
                || Annotations.find(field, "Basic").flatMap(b -> Annotations.bool(b, "optional")).map(o -> !o)
                .orElse(false);
    }

    /** {@code @GeneratedValue}: IDENTITY becomes the dialect's identity; AUTO and SEQUENCE a sequence (Hibernate 6). */
    private Identity identity(FieldDeclaration field, TableDraft table) {
        Optional<AnnotationExpr> generated = Annotations.find(field, "GeneratedValue");
        if (generated.isEmpty()) {
            return null;
        }
        String strategy = Annotations.constant(generated.get(), "strategy").orElse("AUTO");
        if (strategy.equals("IDENTITY")) {
            return ctx.mapping.identity(null);
        }
        if (strategy.equals("AUTO") || strategy.equals("SEQUENCE")) {
            sequence(field, table);
        }
        return null;
    }

    /** Hibernate 6's default: sequence {@code <entity>_SEQ} with increment 50, or what @SequenceGenerator says. */
    private void sequence(FieldDeclaration field, TableDraft table) {
        if (!ctx.mapping.sequenceGenerators()) {
            return;
        }
        Optional<AnnotationExpr> generator = Annotations.find(field, "SequenceGenerator");
        String name = generator.flatMap(g -> Annotations.string(g, "sequenceName")).filter(s -> !s.isBlank())
                .orElse(table.owner.name() + "_SEQ");
        long increment = generator.flatMap(g -> Annotations.integer(g, "allocationSize")).orElse(50);
        long start = generator.flatMap(g -> Annotations.integer(g, "initialValue")).orElse(1);
        String schema = generator.flatMap(g -> Annotations.string(g, "schema")).filter(s -> !s.isBlank())
                .map(ctx::physical).orElse(table.name.schema());   // Hibernate's default: the table's schema
        QualifiedName q = QualifiedName.of(schema, ctx.physical(name));
        ctx.sequences.putIfAbsent(q, new Sequence(q, new SequenceOptions("bigint", start, increment, 1,
                Long.MAX_VALUE, 1, false), null, null, null, List.of()));
    }
}
