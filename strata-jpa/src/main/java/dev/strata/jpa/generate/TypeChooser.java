package dev.strata.jpa.generate;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.JavaType;
import dev.strata.dialect.TypeMapping;
import dev.strata.dialect.TypeSpec;
import dev.strata.jpa.types.DomainSpellings;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Picks the natural Java type for a column and checks it against the dialect's mapping: where Hibernate would not
 * emit the database's type for that field, the type is kept in {@code columnDefinition}.
 */
final class TypeChooser {
    private final Dialect dialect;
    private final TypeMapping mapping;
    /** Java enum class per PostgreSQL enum type name that got one. */
    private final Map<String, String> enumClasses;
    /** The base type of each domain, by plain and schema-qualified name. */
    private final Map<String, String> domainBases;
    /** The schema the entities' unqualified tables are in: domains there are written unqualified. */
    private final String defaultSchema;

    TypeChooser(Dialect dialect, Map<String, String> enumClasses, Map<String, String> domainBases,
                String defaultSchema) {
        this.dialect = dialect;
        this.mapping = dialect.typeMapping();
        this.enumClasses = enumClasses;
        this.domainBases = domainBases;
        this.defaultSchema = defaultSchema;
    }

    TypeChoice choose(Column column) {
        DataType t = column.normalizedType();
        if (t.kind() == Kind.DOMAIN && t.name() != null) {
            // format_type quotes a mixed-case name (public."Flag"); the bases are keyed by the name itself
            String base = domainBases.get(DomainSpellings.parse(t.name()).toString());
            if (base != null) {
                return domainChoice(t, dialect.normalizeType(base));
            }
        }
        if (t.kind() == Kind.ENUM && t.name() != null && enumClasses.containsKey(t.name())) {
            return new TypeChoice(enumClasses.get(t.name()), null, TypeSpec.of(JavaType.STRING), column.type(), true,
                    null);
        }
        if (t.kind() == Kind.ARRAY) {
            JavaType element = javaType(dialect.normalizeType(t.name() == null ? "text" : t.name()));
            String spelled = element == JavaType.BYTES || element == null ? "String" : element.simpleName();
            return new TypeChoice(spelled + "[]", element == null ? null : element.importName(),
                    TypeSpec.of(JavaType.ARRAY), column.type(), false, null);
        }
        // MySQL's tinyint(1) is what applications (and Connector/J) treat as a boolean
        JavaType javaType = column.type().equalsIgnoreCase("tinyint(1)") ? JavaType.BOOLEAN : javaType(t);
        TypeSpec spec = spec(javaType, t);
        boolean json = t.kind() == Kind.JSON || t.kind() == Kind.JSONB;
        TypeSpec withJson = new TypeSpec(spec.javaType(), spec.length(), spec.precision(), spec.scale(), false,
                List.of(), false, json);
        String definition = Objects.equals(mapping.sqlType(withJson), column.type()) ? null : column.type();
        return new TypeChoice(javaType.simpleName(), javaType.importName(), withJson, definition, false,
                json ? "JSON" : charTypeCode(t, javaType));
    }

    /**
     * A domain holds its base type's values (its checks stay on the domain): the base type's Java type, with the
     * domain's name as the column's definition, spelled as the JDBC driver reports the column's type, which is what
     * Hibernate's schema validator compares the definition with.
     */
    private TypeChoice domainChoice(DataType domain, DataType base) {
        String definition = DomainSpellings.asDriverReports(DomainSpellings.parse(domain.name()), defaultSchema);
        if (base.kind() == Kind.DOMAIN || base.kind() == Kind.ARRAY || base.kind() == Kind.ENUM) {
            return new TypeChoice("String", null, TypeSpec.of(JavaType.STRING), definition, false, null);
        }
        JavaType javaType = javaType(base);
        return new TypeChoice(javaType.simpleName(), javaType.importName(), spec(javaType, base), definition, false,
                null);
    }

    /**
     * A String field of a fixed-length character column says so where the driver's name for the type is not the one
     * Hibernate's schema validator equates with {@code character(n)} (pgjdbc reports {@code bpchar}): the validator
     * then compares the JDBC types, CHAR and CHAR.
     */
    private String charTypeCode(DataType t, JavaType javaType) {
        return t.kind() == Kind.CHAR && javaType == JavaType.STRING && mapping.namesCharDifferently() ? "CHAR" : null;
    }

    /** The Java type for an identity column, which some dialects declare differently (SQLite: integer). */
    static JavaType javaType(DataType t) {
        switch (t.kind()) {
            case BOOLEAN: return JavaType.BOOLEAN;
            case TINYINT: return JavaType.BYTE;
            case SMALLINT: return JavaType.SHORT;
            case INTEGER: return JavaType.INTEGER;
            case BIGINT: return JavaType.LONG;
            case DECIMAL: return JavaType.BIG_DECIMAL;
            case REAL: return JavaType.FLOAT;
            case DOUBLE: return JavaType.DOUBLE;
            case BINARY: case VARBINARY: case BLOB: return JavaType.BYTES;
            case DATE: return JavaType.LOCAL_DATE;
            case TIME: return JavaType.LOCAL_TIME;
            case TIME_TZ: return JavaType.OFFSET_TIME;
            case TIMESTAMP: return JavaType.LOCAL_DATE_TIME;
            case TIMESTAMP_TZ: return JavaType.OFFSET_DATE_TIME;
            case UUID: return JavaType.UUID;
            case BIT: return Integer.valueOf(1).equals(t.length()) ? JavaType.BOOLEAN : JavaType.STRING;
            default: return JavaType.STRING;
        }
    }

    /** Length, precision and scale as {@code @Column} would carry them; defaults left out. */
    private static TypeSpec spec(JavaType javaType, DataType t) {
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        if ((javaType == JavaType.STRING || javaType == JavaType.BYTES) && t.length() != null && t.length() != 255) {
            length = t.length();
        }
        if (javaType == JavaType.BIG_DECIMAL && t.precision() != null
                && !(t.precision() == 38 && Objects.equals(t.scale(), 2))) {
            precision = t.precision();
            scale = t.scale() == null ? 0 : t.scale();
        }
        return new TypeSpec(javaType, length, precision, scale, false, List.of(), false, false);
    }
}
