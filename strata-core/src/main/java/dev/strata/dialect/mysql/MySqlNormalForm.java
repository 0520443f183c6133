package dev.strata.dialect.mysql;

import dev.strata.model.Index;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a MariaDB/MySQL diff compares: the order in which the server lists keys and checks (recorded so that dumps
 * match SHOW CREATE TABLE) is presentation, not schema, like the position of a column.
 */
final class MySqlNormalForm {
    private MySqlNormalForm() {
    }

    static SchemaModel of(SchemaModel model) {
        List<Schema> schemas = model.schemas().stream().map(s -> s.withTables(
                s.tables().stream().map(MySqlNormalForm::table).toList())).toList();
        return new SchemaModel(model.dialect(), schemas, model.extensions(), model.unmanaged());
    }

    private static Table table(Table t) {
        Map<String, String> options = new HashMap<>(t.options());
        options.remove("check_order");
        List<Index> indexes = t.indexes().stream().map(MySqlNormalForm::index).toList();
        return t.withIndexes(indexes).withOptions(options);
    }

    private static Index index(Index i) {
        if (!i.options().containsKey(MySqlDdl.POSITION)) {
            return i;
        }
        Map<String, String> options = new HashMap<>(i.options());
        options.remove(MySqlDdl.POSITION);
        return new Index(i.name(), i.unique(), i.keys(), i.include(), i.where(), i.method(), i.comment(), options,
                i.definition());
    }
}
