package dev.strata.api.project;

import dev.strata.dialect.Dialects;
import dev.strata.error.StrataException;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Check expressions and column defaults of the models as the server spells them. Entities carry them as the user
 * wrote them ({@code @Check(constraints = "total >= 0")}); the database stores its own rewrite. Only these two are
 * taken from the server's version of the models, so that nothing else of the comparison depends on a round trip.
 */
final class ServerSpellings {
    private ServerSpellings() {
    }

    /**
     * The models with the server's spelling of their checks and defaults. Only the tables that have some go to the
     * server, without foreign keys and sequence defaults (entities do not carry the sequences); when even those do
     * not load (a column of a domain type entities cannot declare), the models are compared as written.
     */
    static SchemaModel adopt(SchemaModel models, SchemaModel database, UnaryOperator<SchemaModel> serverNormalForm) {
        Map<String, Table> stored = new HashMap<>();
        database.schemas().forEach(s -> s.tables().forEach(t -> stored.put(t.name().name(), t)));
        SchemaModel probe = probe(models, stored);
        boolean schemasAreDatabases = Dialects.named(models.dialect()).capabilities().schemasAreDatabases();
        if (probe.schemas().isEmpty() || schemasAreDatabases && models.schemas().size() != 1) {
            return models;   // nothing to respell; a dump of several databases would USE the real ones
        }
        SchemaModel spelled;
        try {
            spelled = serverNormalForm.apply(probe);
        } catch (StrataException e) {
            return models;
        }
        Map<String, Table> server = new HashMap<>();
        spelled.schemas().forEach(s -> s.tables().forEach(t -> server.put(t.name().name(), t)));
        List<Schema> schemas = models.schemas().stream().map(s -> new Schema(s.name(), s.owner(), s.comment(),
                s.grants(), s.tables().stream().map(t -> Optional.ofNullable(server.get(t.name().name()))
                        .map(fromServer -> respell(t, fromServer)).orElse(t)).toList(), s.views(), s.sequences(), s.enums(),
                s.domains(), s.compositeTypes(), s.routines())).toList();
        return new SchemaModel(models.dialect(), schemas, models.extensions(), models.unmanaged());
    }

    /** The tables whose checks or defaults are not spelled as the database already stores them. */
    private static SchemaModel probe(SchemaModel models, Map<String, Table> stored) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : models.schemas()) {
            List<Table> tables = s.tables().stream().filter(t -> spelledOtherwise(t, stored.get(t.name().name())))
                    .map(ServerSpellings::standalone).toList();
            if (!tables.isEmpty()) {
                schemas.add(new Schema(s.name(), null, null, List.of(), tables, List.of(), List.of(), s.enums(),
                        List.of(), List.of(), List.of()));
            }
        }
        return new SchemaModel(models.dialect(), schemas, List.of(), List.of());
    }

    private static boolean spelledOtherwise(Table t, Table stored) {
        if (stored == null) {
            return !t.checks().isEmpty() || t.columns().stream().anyMatch(c -> expression(c) != null);
        }
        return t.checks().stream().anyMatch(c -> !stored.checks().contains(c)
                && stored.checks().stream().noneMatch(s -> s.expression().equals(c.expression())))
                || t.columns().stream().anyMatch(c -> expression(c) != null && !stored.column(c.name())
                .map(s -> c.defaultValue().equals(s.defaultValue())).orElse(false));
    }

    /** A column default other than a sequence's next value, which the server does not respell. */
    private static String expression(Column c) {
        return c.defaultValue() == null || c.defaultValue().startsWith("nextval(") ? null : c.defaultValue();
    }

    /** The table without what refers outside it: foreign keys and sequence defaults. */
    private static Table standalone(Table t) {
        List<Column> columns = t.columns().stream().map(c -> new Column(c.name(), c.type(), c.normalizedType(),
                c.nullable(), expression(c), c.identity(), c.generated(), c.collation(), null, c.options())).toList();
        return t.withColumns(columns).withForeignKeys(List.of()).withTriggers(List.of()).withRules(List.of())
                .withOwner(null).withComment(null).withGrants(List.of());
    }

    private static Table respell(Table t, Table server) {
        List<Column> columns = t.columns().stream().map(c -> server.column(c.name())
                .filter(s -> expression(c) != null && s.defaultValue() != null)
                .map(s -> new Column(c.name(), c.type(), c.normalizedType(), c.nullable(), s.defaultValue(),
                        c.identity(), c.generated(), c.collation(), c.comment(), c.options())).orElse(c)).toList();
        List<CheckConstraint> checks = t.checks().stream().map(c -> server.checks().stream()
                .filter(s -> c.name() != null && c.name().equals(s.name())).findFirst()
                .map(s -> new CheckConstraint(c.name(), s.expression(), c.noInherit(), c.valid(), c.comment()))
                .orElse(c)).toList();
        return t.withColumns(columns).withChecks(checks);
    }
}
