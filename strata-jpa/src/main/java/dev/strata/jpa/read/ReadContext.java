package dev.strata.jpa.read;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.TypeMapping;
import dev.strata.model.EnumType;
import dev.strata.model.QualifiedName;
import dev.strata.model.Sequence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the reader shares while it works: the parsed sources, the options, and the tables built so far. */
final class ReadContext {
    final SourceIndex index;
    final ReadOptions options;
    final Dialect dialect;
    final TypeMapping mapping;
    final Map<QualifiedName, TableDraft> tables = new LinkedHashMap<>();
    /** The table of each entity class, by class name. */
    final Map<String, TableDraft> tableOf = new LinkedHashMap<>();
    final Map<QualifiedName, EnumType> enums = new LinkedHashMap<>();
    final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    /** The inverse one-to-many attributes, for {@link SourceNames}; they map no column. */
    final java.util.List<InverseAttribute> inverses = new java.util.ArrayList<>();

    ReadContext(SourceIndex index, ReadOptions options) {
        this.index = index;
        this.options = options;
        this.dialect = Dialects.named(options.dialect());
        this.mapping = dialect.typeMapping();
    }

    /** A name written in an annotation or derived from Java, as the database stores it. */
    String physical(String written) {
        String n = written.trim();
        if (n.length() > 1 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("`") && n.endsWith("`"))) {
            return n.substring(1, n.length() - 1);
        }
        return mapping.fold(options.naming().physical(n));
    }

    /**
     * The column type a {@code columnDefinition} declares, as the database spells it: a domain's name written as the
     * JDBC driver reports it ({@code year}) is the database's domain ({@code public.year}).
     */
    String definedType(String columnDefinition) {
        String spelled = mapping.spelled(columnDefinition);
        return options.domainTypes().getOrDefault(spelled, spelled);
    }

    String schema(Optional<String> written) {
        return written.filter(s -> !s.isBlank()).map(this::physical).orElse(options.defaultSchema());
    }

    Optional<ClassOrInterfaceDeclaration> classOf(String typeName) {
        return index.type(typeName).map(SourceType::declaration).filter(d -> d instanceof ClassOrInterfaceDeclaration)
                .map(d -> (ClassOrInterfaceDeclaration) d);
    }

    Optional<EnumDeclaration> enumOf(String typeName) {
        return index.type(typeName).map(SourceType::declaration).filter(d -> d instanceof EnumDeclaration)
                .map(d -> (EnumDeclaration) d);
    }

    boolean isEntity(String typeName) {
        return classOf(typeName).map(c -> Annotations.has(c, "Entity")).orElse(false);
    }

    boolean isEmbeddable(String typeName) {
        return classOf(typeName).map(c -> Annotations.has(c, "Embeddable")).orElse(false);
    }
}
