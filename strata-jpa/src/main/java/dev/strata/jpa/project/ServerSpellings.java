package dev.strata.jpa.project;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;

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

    static SchemaModel adopt(SchemaModel models, UnaryOperator<SchemaModel> serverNormalForm) {
        if (!hasExpressions(models) || models.dialect().equals("mysql") && models.schemas().size() != 1) {
            return models;   // nothing to respell; a MySQL dump of several databases would USE the real ones
        }
        Map<String, Table> server = new HashMap<>();
        serverNormalForm.apply(models).schemas().forEach(s -> s.tables().forEach(t -> server.put(t.name().name(), t)));
        List<Schema> schemas = models.schemas().stream().map(s -> new Schema(s.name(), s.owner(), s.comment(),
                s.grants(), s.tables().stream().map(t -> Optional.ofNullable(server.get(t.name().name()))
                        .map(spelled -> respell(t, spelled)).orElse(t)).toList(), s.views(), s.sequences(), s.enums(),
                s.domains(), s.compositeTypes(), s.routines())).toList();
        return new SchemaModel(models.dialect(), schemas, models.extensions(), models.unmanaged());
    }

    private static boolean hasExpressions(SchemaModel models) {
        return models.schemas().stream().flatMap(s -> s.tables().stream()).anyMatch(t -> !t.checks().isEmpty()
                || t.columns().stream().anyMatch(c -> c.defaultValue() != null));
    }

    private static Table respell(Table t, Table server) {
        List<Column> columns = t.columns().stream().map(c -> server.column(c.name())
                .filter(s -> c.defaultValue() != null && s.defaultValue() != null)
                .map(s -> new Column(c.name(), c.type(), c.normalizedType(), c.nullable(), s.defaultValue(),
                        c.identity(), c.generated(), c.collation(), c.comment(), c.options())).orElse(c)).toList();
        List<CheckConstraint> checks = t.checks().stream().map(c -> server.checks().stream()
                .filter(s -> c.name() != null && c.name().equals(s.name())).findFirst()
                .map(s -> new CheckConstraint(c.name(), s.expression(), c.noInherit(), c.valid(), c.comment()))
                .orElse(c)).toList();
        return new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), t.uniques(), checks, t.indexes(),
                t.triggers(), t.rules(), t.partitionBy(), t.partitionOf(), t.inherits(), t.rowSecurity(), t.owner(),
                t.comment(), t.grants(), t.options(), t.definition());
    }
}
