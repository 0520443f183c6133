package dev.strata.jpa.read;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.strata.jpa.naming.HibernateNames;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads JPA entity sources (parsed with JavaParser, never compiled) into a schema model, as Hibernate 6 would map
 * them onto the target database: JPA's defaults, the configured physical naming, inheritance, embeddables,
 * associations and join tables, and Hibernate's {@code @Check}, {@code @ColumnDefault} and {@code @Comment}.
 */
public final class EntityReader {
    private final ReadOptions options;

    public EntityReader(ReadOptions options) {
        this.options = options;
    }

    /** Reads every .java file below {@code root}. */
    public SchemaModel read(Path root) {
        return read(SourceIndex.javaFiles(root));
    }

    public SchemaModel read(List<Path> files) {
        return readWithNames(files).model();
    }

    /** Reads every .java file below {@code root}, keeping the Java names of what the entities map. */
    public ReadResult readWithNames(Path root) {
        return readWithNames(SourceIndex.javaFiles(root));
    }

    public ReadResult readWithNames(List<Path> files) {
        return read(SourceIndex.parse(files));
    }

    /** Reads {@code files} with their texts from {@code texts}, e.g. a dry run's planned writes over the disk. */
    public ReadResult readWithNames(List<Path> files, java.util.function.Function<Path, String> texts) {
        return read(SourceIndex.parse(files, texts));
    }

    /**
     * As {@link #readWithNames(List, java.util.function.Function)}, with the test of which other sources the reading
     * depends on ({@link TracedReading}).
     */
    public TracedReading readTraced(List<Path> files, java.util.function.Function<Path, String> texts) {
        SourceIndex index = SourceIndex.parse(files, texts);
        ReadResult result = read(index);
        Set<String> lookedUp = index.lookedUp();   // the names only: the index holds every parsed tree
        return new TracedReading(result, text -> SourceIndex.dependsOn(text, lookedUp));
    }

    private ReadResult read(SourceIndex index) {
        ReadContext ctx = new ReadContext(index, options);
        List<PendingRelation> pending = new ArrayList<>();
        FieldMapper fields = new FieldMapper(ctx, pending);
        List<SourceType> entities = entities(ctx);
        for (SourceType entity : entities) {
            new HierarchyMapper(ctx, fields).map(entity);
        }
        new RelationMapper(ctx).resolveAll(pending);
        for (SourceType entity : entities) {
            TableDraft table = ctx.tableOf.get(entity.name());
            tableAnnotations(ctx, entity, table);
            idClassOrder(ctx, entity, table);
        }
        return new ReadResult(model(ctx), names(ctx));
    }

    /** Top-level attributes only: an embedded attribute's column keeps its derived name in derived files. */
    private static SourceNames names(ReadContext ctx) {
        Map<dev.strata.model.QualifiedName, String> classes = new TreeMap<>();
        Map<dev.strata.model.QualifiedName, Map<String, String>> attributes = new TreeMap<>();
        Map<dev.strata.model.QualifiedName, Map<String, String>> associations = new TreeMap<>();
        Map<dev.strata.model.QualifiedName, Map<String, String>> types = new TreeMap<>();
        for (TableDraft draft : ctx.tables.values()) {
            classes.put(draft.name, draft.owner.name());
            Map<String, String> columns = new TreeMap<>();
            new TreeMap<>(draft.attributeColumns).forEach((attribute, column) -> {
                if (!attribute.contains(".")) {
                    columns.putIfAbsent(column, attribute);
                }
            });
            new TreeMap<>(draft.joinAttributes).forEach((column, attribute) -> {
                if (!attribute.contains(".")) {
                    columns.putIfAbsent(column, attribute);
                }
            });
            attributes.put(draft.name, columns);
            Map<String, String> joins = new TreeMap<>(draft.joinAttributes);
            joins.values().removeIf(attribute -> attribute.contains("."));
            associations.put(draft.name, joins);
            Map<String, String> declared = new TreeMap<>();
            new TreeMap<>(draft.attributeTypes).forEach((attribute, type) -> {
                String column = draft.attributeColumns.get(attribute);
                if (!attribute.contains(".") && column != null) {
                    declared.putIfAbsent(column, type);
                }
            });
            types.put(draft.name, declared);
        }
        return new SourceNames(classes, attributes, ctx.inverses, associations, types);
    }

    /** Entities, parents before children, then by name, so that mapping is deterministic. */
    private static List<SourceType> entities(ReadContext ctx) {
        List<SourceType> result = new ArrayList<>();
        for (SourceType t : ctx.index.all()) {
            if (t.declaration() instanceof ClassOrInterfaceDeclaration && Annotations.has(t.declaration(), "Entity")) {
                result.add(t);
            }
        }
        result.sort(Comparator.comparingInt((SourceType t) -> HierarchyMapper.depth(ctx, t))
                .thenComparing(SourceType::name));
        return result;
    }

    private static void tableAnnotations(ReadContext ctx, SourceType entity, TableDraft table) {
        ClassOrInterfaceDeclaration d = (ClassOrInterfaceDeclaration) entity.declaration();
        Annotations.find(d, "Table").ifPresent(t -> {
            for (AnnotationExpr u : Annotations.annotations(t, "uniqueConstraints")) {
                List<String> columns = Annotations.list(u, "columnNames").stream().map(Annotations::stringValue)
                        .map(c -> column(ctx, table, c)).toList();
                String name = Annotations.string(u, "name").filter(s -> !s.isBlank())
                        .orElse(HibernateNames.unique(table.name.name(), columns));
                table.uniques.add(new UniqueConstraint(name, columns, null, Map.of()));
            }
            for (AnnotationExpr i : Annotations.annotations(t, "indexes")) {
                table.indexes.add(index(ctx, table, entity, i));
            }
        });
        List<AnnotationExpr> checks = new ArrayList<>(Annotations.findAll(d, "Check"));
        Annotations.find(d, "Checks").ifPresent(c -> checks.addAll(Annotations.annotations(c, "value")));
        for (AnnotationExpr check : checks) {
            table.checks.add(CheckConstraint.of(Annotations.string(check, "name").filter(s -> !s.isBlank()).orElse(null),
                    Annotations.string(check, "constraints").orElse("")));
        }
        Annotations.find(d, "Comment").flatMap(c -> Annotations.string(c, "value"))
                .filter(c -> ctx.mapping.keepsComments()).ifPresent(c -> table.comment = c);
    }

    private static Index index(ReadContext ctx, TableDraft table, SourceType entity, AnnotationExpr i) {
        String list = Annotations.string(i, "columnList").orElse("");
        List<IndexKey> keys = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words[0].isEmpty()) {
                throw entity.error(i, "@Index has an empty columnList. List the columns: columnList = \"a, b DESC\"");
            }
            boolean desc = words.length > 1 && words[1].equalsIgnoreCase("DESC");
            keys.add(new IndexKey(column(ctx, table, words[0]), null, desc, null, null, null, null));
        }
        String name = Annotations.string(i, "name").filter(s -> !s.isBlank())
                .orElse(HibernateNames.index(table.name.name(), keys.stream().map(IndexKey::column).toList()));
        boolean unique = Annotations.bool(i, "unique").orElse(false);
        return new Index(name, unique, keys, List.of(), null, ctx.mapping.defaultIndexMethod(), null, Map.of(), null);
    }

    /** A column named in a constraint: a physical name, or (as Hibernate also accepts) an attribute's name. */
    private static String column(ReadContext ctx, TableDraft table, String written) {
        String physical = ctx.physical(written);
        if (table.hasColumn(physical)) {
            return physical;
        }
        return table.attributeColumns.getOrDefault(written.trim(), physical);
    }

    /** With {@code @IdClass}, the key's column order is the id class's field order. */
    private static void idClassOrder(ReadContext ctx, SourceType entity, TableDraft table) {
        Optional<String> idClass = Annotations.find(entity.declaration(), "IdClass")
                .flatMap(a -> Annotations.classLiteral(a, "value"));
        Optional<ClassOrInterfaceDeclaration> declaration = idClass.flatMap(ctx::classOf);
        if (declaration.isEmpty() || table.owner != entity) {
            return;
        }
        List<String> ordered = new ArrayList<>();
        for (FieldDeclaration f : declaration.get().getFields()) {
            if (!f.isStatic()) {
                f.getVariables().forEach(v -> Optional.ofNullable(table.attributeColumns.get(v.getNameAsString()))
                        .filter(table.primaryKey::contains).ifPresent(ordered::add));
            }
        }
        if (ordered.size() == table.primaryKey.size()) {
            table.primaryKey.clear();
            table.primaryKey.addAll(ordered);
        }
    }

    private static SchemaModel model(ReadContext ctx) {
        Map<String, List<Table>> tables = new TreeMap<>();
        for (TableDraft draft : ctx.tables.values()) {
            Table t = draft.build(draft.primaryKey.isEmpty() ? null : ctx.mapping.primaryKeyName(draft.name.name()),
                    ctx.mapping);
            tables.computeIfAbsent(draft.name.schema(), s -> new ArrayList<>()).add(uniquesAsIndexes(ctx, t));
        }
        ctx.enums.keySet().forEach(q -> tables.computeIfAbsent(q.schema(), s -> new ArrayList<>()));
        ctx.sequences.keySet().forEach(q -> tables.computeIfAbsent(q.schema(), s -> new ArrayList<>()));
        List<Schema> schemas = new ArrayList<>();
        tables.forEach((schema, list) -> schemas.add(new Schema(schema, null, null, List.of(), list, List.of(),
                ctx.sequences.values().stream().filter(q -> q.name().schema().equals(schema)).toList(),
                ctx.enums.values().stream().filter(e -> e.name().schema().equals(schema)).toList(), List.of(),
                List.of(), List.of())));
        return new SchemaModel(ctx.options.dialect(), schemas, List.of(), List.of());
    }

    /**
     * MySQL has no unique constraints apart from unique indexes, and InnoDB indexes every foreign key that no
     * index starts with: the model says so, as the inspector would.
     */
    private static Table uniquesAsIndexes(ReadContext ctx, Table t) {
        if (!ctx.mapping.uniqueAsIndex() && !ctx.mapping.indexesForeignKeys()) {
            return t;
        }
        List<Index> indexes = new ArrayList<>(t.indexes());
        for (UniqueConstraint u : t.uniques()) {
            indexes.add(new Index(u.name(), true, u.columns().stream().map(IndexKey::column).toList(), List.of(), null,
                    ctx.mapping.defaultIndexMethod(), null, Map.of(), null));
        }
        for (dev.strata.model.ForeignKey fk : t.foreignKeys()) {
            boolean covered = startsWith(t.primaryKey() == null ? List.of() : t.primaryKey().columns(), fk.columns())
                    || indexes.stream().anyMatch(i -> startsWith(i.keys().stream().map(IndexKey::column).toList(),
                    fk.columns()));
            if (!covered) {
                indexes.add(new Index(fk.name(), false, fk.columns().stream().map(IndexKey::column).toList(), List.of(),
                        null, ctx.mapping.defaultIndexMethod(), null, Map.of(), null));
            }
        }
        return t.withUniques(List.of()).withIndexes(indexes);
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }
}
