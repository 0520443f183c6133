package dev.strata.dialect.postgres;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.Domain;
import dev.strata.model.EnumType;
import dev.strata.model.Extension;
import dev.strata.model.ForeignKey;
import dev.strata.model.Grant;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.OptionKeys;
import dev.strata.model.Policy;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Sequence;
import dev.strata.model.SequenceOptions;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders single PostgreSQL statements from model parts, one method per statement kind, each ending with ";".
 * The dumper and the migration planner share it. Identifiers are quoted only where quote_ident would.
 */
public final class PostgresDdl {
    private PostgresDdl() {
    }

    public static String createSchema(String schema) {
        return "CREATE SCHEMA " + PgNames.ident(schema) + ";";
    }

    public static String createExtension(Extension e) {
        return "CREATE EXTENSION IF NOT EXISTS " + PgNames.ident(e.name()) + " WITH SCHEMA "
                + PgNames.ident(e.schema()) + (e.version() == null ? "" : " VERSION " + PgNames.literal(e.version()))
                + ";";
    }

    public static String createEnum(EnumType e) {
        String labels = e.values().stream().map(v -> "    " + PgNames.literal(v)).collect(Collectors.joining(",\n"));
        return "CREATE TYPE " + PgNames.qualified(e.name()) + " AS ENUM (\n" + labels + "\n);";
    }

    public static String createDomain(Domain d) {
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(PgNames.qualified(d.name())).append(" AS ")
                .append(d.baseType());
        if (d.collation() != null) {
            sb.append(" COLLATE ").append(d.collation());
        }
        if (d.defaultValue() != null) {
            sb.append(" DEFAULT ").append(d.defaultValue());
        }
        if (d.notNull()) {
            sb.append(" NOT NULL");
        }
        for (CheckConstraint c : d.checks()) {
            if (c.valid()) {
                sb.append("\n    CONSTRAINT ").append(PgNames.ident(c.name())).append(" CHECK (")
                        .append(c.expression()).append(")");
            }
        }
        return sb.append(";").toString();
    }

    /** A domain check added NOT VALID, which CREATE DOMAIN cannot express. */
    public static String addDomainCheck(Domain d, CheckConstraint c) {
        return "ALTER DOMAIN " + PgNames.qualified(d.name()) + " ADD CONSTRAINT " + PgNames.ident(c.name())
                + " CHECK (" + c.expression() + ")" + (c.valid() ? "" : " NOT VALID") + ";";
    }

    public static String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + PgNames.qualified(s.name()) + sequenceOptions(s.options(), true, "\n    ")
                + ";";
    }

    public static String alterSequenceOwnedBy(Sequence s) {
        int dot = s.ownedBy().lastIndexOf('.');
        return "ALTER SEQUENCE " + PgNames.qualified(s.name()) + " OWNED BY "
                + PgNames.qualified(s.name().schema(), s.ownedBy().substring(0, dot)) + "."
                + PgNames.ident(s.ownedBy().substring(dot + 1)) + ";";
    }

    static String sequenceOptions(SequenceOptions o, boolean withType, String separator) {
        StringBuilder sb = new StringBuilder();
        if (withType) {
            sb.append(separator).append("AS ").append(o.dataType());
        }
        sb.append(separator).append("START WITH ").append(o.start());
        sb.append(separator).append("INCREMENT BY ").append(o.increment());
        sb.append(separator).append("MINVALUE ").append(o.min());
        sb.append(separator).append("MAXVALUE ").append(o.max());
        sb.append(separator).append("CACHE ").append(o.cache());
        if (o.cycle()) {
            sb.append(separator).append("CYCLE");
        }
        return sb.toString();
    }

    /**
     * CREATE TABLE with its own columns (not those it inherits) and its valid local checks inline, as pg_dump
     * writes it; a partition is created PARTITION OF its parent.
     */
    public static String createTable(Table t) {
        List<String> elements = new ArrayList<>();
        for (Column c : t.columns()) {
            if (!c.options().containsKey(OptionKeys.INHERITED)) {
                elements.add(columnDefinition(c));
            }
        }
        for (CheckConstraint c : t.checks()) {
            if (c.valid()) {
                elements.add("CONSTRAINT " + PgNames.ident(c.name()) + " CHECK (" + c.expression() + ")"
                        + (c.noInherit() ? " NO INHERIT" : ""));
            }
        }
        String persistence = "unlogged".equals(t.options().get(OptionKeys.PERSISTENCE)) ? "UNLOGGED " : "";
        StringBuilder sb = new StringBuilder("CREATE ").append(persistence).append("TABLE ")
                .append(PgNames.qualified(t.name()));
        if (t.partitionOf() != null) {
            sb.append(" PARTITION OF ").append(PgNames.qualified(t.partitionOf().parent()));
        }
        if (!elements.isEmpty()) {
            sb.append(" (\n    ").append(String.join(",\n    ", elements)).append("\n)");
        } else if (t.partitionOf() == null) {
            sb.append(" (\n)");
        }
        if (t.partitionOf() != null) {
            sb.append("\n").append(t.partitionOf().bound());
        }
        if (!t.inherits().isEmpty()) {
            sb.append("\nINHERITS (").append(t.inherits().stream().map(PgNames::qualified)
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (t.partitionBy() != null) {
            sb.append("\nPARTITION BY ").append(t.partitionBy());
        }
        appendStorage(sb, t.options());
        return sb.append(";").toString();
    }

    private static void appendStorage(StringBuilder sb, Map<String, String> options) {
        if (options.containsKey("reloptions")) {
            sb.append("\nWITH (").append(options.get("reloptions")).append(")");
        }
        if (options.containsKey("tablespace")) {
            sb.append("\nTABLESPACE ").append(PgNames.ident(options.get("tablespace")));
        }
    }

    public static String columnDefinition(Column c) {
        StringBuilder sb = new StringBuilder(PgNames.ident(c.name())).append(' ').append(c.type());
        if (c.options().containsKey(OptionKeys.COMPRESSION)) {
            sb.append(" COMPRESSION ").append(c.options().get(OptionKeys.COMPRESSION).equals("l") ? "lz4" : "pglz");
        }
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(") STORED");
        }
        if (c.defaultValue() != null) {
            sb.append(" DEFAULT ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        }
        if (c.identity() != null && c.identity().kind() != Identity.Kind.SERIAL) {
            sb.append(identity(c));
        }
        return sb.toString();
    }

    private static String identity(Column c) {
        Identity id = c.identity();
        StringBuilder sb = new StringBuilder(" GENERATED ")
                .append(id.kind() == Identity.Kind.ALWAYS ? "ALWAYS" : "BY DEFAULT").append(" AS IDENTITY");
        List<String> parts = new ArrayList<>();
        if (c.options().containsKey(OptionKeys.IDENTITY_SEQUENCE)) {
            parts.add("SEQUENCE NAME " + c.options().get(OptionKeys.IDENTITY_SEQUENCE));
        }
        if (id.sequence() != null) {
            parts.add(sequenceOptions(id.sequence(), false, " ").trim());
        }
        if (!parts.isEmpty()) {
            sb.append(" (").append(String.join(" ", parts)).append(")");
        }
        return sb.toString();
    }

    public static String alterColumnSetDefault(QualifiedName table, Column c) {
        return "ALTER TABLE ONLY " + PgNames.qualified(table) + " ALTER COLUMN " + PgNames.ident(c.name())
                + " SET DEFAULT " + c.defaultValue() + ";";
    }

    public static String alterColumnSetNotNull(QualifiedName table, Column c) {
        return "ALTER TABLE ONLY " + PgNames.qualified(table) + " ALTER COLUMN " + PgNames.ident(c.name())
                + " SET NOT NULL;";
    }

    public static String alterColumnStorage(QualifiedName table, Column c) {
        return alterColumnOnly(table, c) + "SET STORAGE " + storageName(c.options().get(OptionKeys.STORAGE)) + ";";
    }

    /** pg_attribute.attstorage (or pg_type.typstorage) as ALTER COLUMN ... SET STORAGE spells it. */
    static String storageName(String code) {
        return switch (code) {
            case "p" -> "PLAIN";
            case "e" -> "EXTERNAL";
            case "m" -> "MAIN";
            default -> "EXTENDED";
        };
    }

    /**
     * The per-column settings pg_dump writes after the table, in its order: statistics target, storage, attribute
     * options (https://www.postgresql.org/docs/15/sql-altertable.html). Compression is part of the column definition.
     */
    public static List<String> columnSettings(QualifiedName table, Column c) {
        List<String> out = new ArrayList<>();
        if (c.options().containsKey(OptionKeys.STATISTICS)) {
            out.add(alterColumnOnly(table, c) + "SET STATISTICS " + c.options().get(OptionKeys.STATISTICS) + ";");
        }
        if (c.options().containsKey(OptionKeys.STORAGE)) {
            out.add(alterColumnStorage(table, c));
        }
        if (c.options().containsKey(OptionKeys.ATTRIBUTE_OPTIONS)) {
            out.add(alterColumnOnly(table, c) + "SET (" + c.options().get(OptionKeys.ATTRIBUTE_OPTIONS) + ");");
        }
        return out;
    }

    private static String alterColumnOnly(QualifiedName table, Column c) {
        return "ALTER TABLE ONLY " + PgNames.qualified(table) + " ALTER COLUMN " + PgNames.ident(c.name()) + " ";
    }

    public static String addPrimaryKey(QualifiedName table, PrimaryKey pk) {
        return addConstraint(table, pk.name(), "PRIMARY KEY " + indexBacked(pk.columns(), pk.options()));
    }

    public static String addUnique(QualifiedName table, UniqueConstraint u) {
        String nulls = u.options().containsKey(OptionKeys.NULLS_NOT_DISTINCT) ? "NULLS NOT DISTINCT " : "";
        return addConstraint(table, u.name(), "UNIQUE " + nulls + indexBacked(u.columns(), u.options()));
    }

    /** An exclusion constraint, carried as an index whose definition is pg_get_constraintdef. */
    public static String addExclusion(QualifiedName table, Index exclusion) {
        return addConstraint(table, exclusion.name(), exclusion.definition());
    }

    private static String indexBacked(List<String> columns, Map<String, String> options) {
        StringBuilder sb = new StringBuilder("(").append(identList(columns)).append(")");
        if (options.containsKey("with")) {
            sb.append(" WITH (").append(options.get("with")).append(")");
        }
        if (options.containsKey("tablespace")) {
            sb.append(" USING INDEX TABLESPACE ").append(PgNames.ident(options.get("tablespace")));
        }
        String deferrable = options.get("deferrable");
        if (deferrable != null) {
            sb.append(" DEFERRABLE ").append(deferrable.toUpperCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    public static String addCheck(QualifiedName table, CheckConstraint c) {
        return addConstraint(table, c.name(), "CHECK (" + c.expression() + ")" + (c.noInherit() ? " NO INHERIT" : "")
                + (c.valid() ? "" : " NOT VALID"));
    }

    /** A foreign key on a table; see {@link #addForeignKey(Table, ForeignKey)} for one that may be partitioned. */
    public static String addForeignKey(QualifiedName table, ForeignKey fk) {
        return "ALTER TABLE ONLY " + foreignKeyClause(table, fk);
    }

    /**
     * A partitioned table's foreign key is added without ONLY, as pg_dump writes it: PostgreSQL refuses ONLY there
     * and clones the key onto every partition (https://www.postgresql.org/docs/15/sql-altertable.html).
     */
    public static String addForeignKey(Table table, ForeignKey fk) {
        return (table.partitionBy() != null ? "ALTER TABLE " : "ALTER TABLE ONLY ")
                + foreignKeyClause(table.name(), fk);
    }

    private static String foreignKeyClause(QualifiedName table, ForeignKey fk) {
        StringBuilder sb = new StringBuilder("FOREIGN KEY (").append(identList(fk.columns())).append(") REFERENCES ")
                .append(PgNames.qualified(fk.referencedTable())).append("(")
                .append(identList(fk.referencedColumns())).append(")");
        if ("FULL".equals(fk.match())) {
            sb.append(" MATCH FULL");
        }
        if (!"NO ACTION".equals(fk.onUpdate())) {
            sb.append(" ON UPDATE ").append(fk.onUpdate());
        }
        if (!"NO ACTION".equals(fk.onDelete())) {
            sb.append(" ON DELETE ").append(fk.onDelete());
        }
        if (fk.deferrable()) {
            sb.append(" DEFERRABLE INITIALLY ").append(fk.initiallyDeferred() ? "DEFERRED" : "IMMEDIATE");
        }
        if (!fk.valid()) {
            sb.append(" NOT VALID");
        }
        return PgNames.qualified(table) + "\n    ADD CONSTRAINT " + PgNames.ident(fk.name()) + " " + sb + ";";
    }

    private static String addConstraint(QualifiedName table, String name, String body) {
        return "ALTER TABLE ONLY " + PgNames.qualified(table) + "\n    ADD CONSTRAINT " + PgNames.ident(name) + " "
                + body + ";";
    }

    /** CREATE INDEX; {@code only} for a partitioned table, whose partitions' indexes are attached one by one. */
    public static String createIndex(QualifiedName table, Index index, boolean only) {
        StringBuilder sb = new StringBuilder("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ")
                .append(PgNames.ident(index.name())).append(" ON ").append(only ? "ONLY " : "")
                .append(PgNames.qualified(table));
        if (!"btree".equals(index.method())) {
            sb.append(" USING ").append(index.method());
        }
        sb.append(" (").append(index.keys().stream().map(PostgresDdl::indexKey).collect(Collectors.joining(", ")))
                .append(")");
        if (!index.include().isEmpty()) {
            sb.append(" INCLUDE (").append(identList(index.include())).append(")");
        }
        if (index.options().containsKey(OptionKeys.NULLS_NOT_DISTINCT)) {
            sb.append(" NULLS NOT DISTINCT");
        }
        if (index.options().containsKey(OptionKeys.WITH)) {
            sb.append(" WITH (").append(index.options().get(OptionKeys.WITH)).append(")");
        }
        if (index.options().containsKey(OptionKeys.TABLESPACE)) {
            sb.append(" TABLESPACE ").append(PgNames.ident(index.options().get(OptionKeys.TABLESPACE)));
        }
        if (index.where() != null) {
            sb.append(" WHERE ").append(index.where());
        }
        return sb.append(";").toString();
    }

    private static String indexKey(IndexKey k) {
        StringBuilder sb = new StringBuilder(k.column() != null ? PgNames.ident(k.column())
                : "(" + k.expression() + ")");
        if (k.collation() != null) {
            sb.append(" COLLATE ").append(k.collation());
        }
        if (k.opclass() != null) {
            sb.append(' ').append(k.opclass());
        }
        if (k.descending()) {
            sb.append(" DESC");
        }
        if (k.nulls() != null) {
            sb.append(" NULLS ").append(k.nulls());
        }
        return sb.toString();
    }

    /** Attaches a partition's index (or constraint index) to its parent's: the index's "attached_to" option. */
    public static String attachIndex(String schema, Index index) {
        return attachIndex(schema, index.name(), index.options().get(OptionKeys.ATTACHED_TO));
    }

    public static String attachIndex(String schema, String childIndex, String parentIndex) {
        return "ALTER INDEX " + parentIndex + " ATTACH PARTITION " + PgNames.qualified(schema, childIndex) + ";";
    }

    public static String clusterOn(QualifiedName table, String index) {
        return "ALTER TABLE " + PgNames.qualified(table) + " CLUSTER ON " + PgNames.ident(index) + ";";
    }

    public static String replicaIdentity(QualifiedName table, String identity) {
        String clause = identity.startsWith("index ") ? "USING INDEX " + identity.substring("index ".length())
                : identity.toUpperCase(java.util.Locale.ROOT);
        return "ALTER TABLE ONLY " + PgNames.qualified(table) + " REPLICA IDENTITY " + clause + ";";
    }

    public static String createView(View v) {
        return createView(v, false);
    }

    /**
     * CREATE VIEW; a materialized view is populated when {@code withData} (a migration must leave it as the target
     * has it), and left empty as pg_dump does otherwise.
     */
    public static String createView(View v, boolean withData) {
        String kind = v.materialized() ? "MATERIALIZED VIEW " : "VIEW ";
        StringBuilder sb = new StringBuilder("CREATE ").append(kind).append(PgNames.qualified(v.name()));
        if (v.options().containsKey(OptionKeys.RELOPTIONS)) {
            sb.append(" WITH (").append(v.options().get(OptionKeys.RELOPTIONS)).append(")");
        }
        if (v.materialized() && v.options().containsKey(OptionKeys.TABLESPACE)) {
            sb.append(" TABLESPACE ").append(PgNames.ident(v.options().get(OptionKeys.TABLESPACE)));
        }
        String query = v.definition().strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1);
        }
        sb.append(" AS\n ").append(query);
        return sb.append(v.materialized() && !withData ? "\n  WITH NO DATA;" : ";").toString();
    }

    public static String enableRowSecurity(QualifiedName table) {
        return "ALTER TABLE " + PgNames.qualified(table) + " ENABLE ROW LEVEL SECURITY;";
    }

    public static String forceRowSecurity(QualifiedName table) {
        return "ALTER TABLE " + PgNames.qualified(table) + " FORCE ROW LEVEL SECURITY;";
    }

    public static String createPolicy(QualifiedName table, Policy p) {
        StringBuilder sb = new StringBuilder("CREATE POLICY ").append(PgNames.ident(p.name())).append(" ON ")
                .append(PgNames.qualified(table));
        if (!p.permissive()) {
            sb.append(" AS RESTRICTIVE");
        }
        if (!"ALL".equals(p.command())) {
            sb.append(" FOR ").append(p.command());
        }
        sb.append(" TO ").append(p.roles().stream().map(r -> r.equals("public") ? "PUBLIC" : PgNames.ident(r))
                .collect(Collectors.joining(", ")));
        if (p.using() != null) {
            sb.append("\n  USING (").append(p.using()).append(")");
        }
        if (p.withCheck() != null) {
            sb.append("\n  WITH CHECK (").append(p.withCheck()).append(")");
        }
        return sb.append(";").toString();
    }

    /** The trigger's enabled state when it is not the default 'O' (origin and local). */
    public static String triggerState(QualifiedName table, String trigger, String enabled) {
        String state = switch (enabled) {
            case "D" -> "DISABLE TRIGGER ";
            case "R" -> "ENABLE REPLICA TRIGGER ";
            case "A" -> "ENABLE ALWAYS TRIGGER ";
            default -> "ENABLE TRIGGER ";
        };
        return "ALTER TABLE " + PgNames.qualified(table) + " " + state + PgNames.ident(trigger) + ";";
    }

    /** COMMENT ON {@code target} (e.g. "TABLE public.film", "COLUMN public.film.title"). */
    public static String comment(String target, String text) {
        return "COMMENT ON " + target + " IS " + (text == null ? "NULL" : PgNames.literal(text)) + ";";
    }

    /** ALTER {@code target} OWNER TO (e.g. "TABLE public.film", "FUNCTION public.f(integer)"). */
    public static String alterOwner(String target, String owner) {
        return "ALTER " + target + " OWNER TO " + PgNames.ident(owner) + ";";
    }

    /** GRANT on {@code target} ("TABLE public.film", "SCHEMA s"); column grants name their column. */
    public static String grant(String target, Grant g) {
        String privileges = g.columns() == null ? String.join(", ", g.privileges())
                : g.privileges().stream().map(p -> p + "(" + PgNames.ident(g.columns()) + ")")
                .collect(Collectors.joining(", "));
        return "GRANT " + privileges + " ON " + target + " TO " + PgNames.role(g.grantee())
                + (g.grantable() ? " WITH GRANT OPTION" : "") + ";";
    }

    public static String revokeAll(String target, String role) {
        return "REVOKE ALL ON " + target + " FROM " + PgNames.role(role) + ";";
    }

    static String identList(List<String> names) {
        return names.stream().map(PgNames::ident).collect(Collectors.joining(", "));
    }
}
