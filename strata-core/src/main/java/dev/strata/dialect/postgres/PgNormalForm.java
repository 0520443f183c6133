package dev.strata.dialect.postgres;

import dev.strata.model.SchemaModel;

/**
 * The PostgreSQL model as diffs compare it. The inspector already reports the server's own spellings (format_type,
 * pg_get_expr, pg_get_constraintdef), so two databases built from one schema compare equal as they are.
 */
final class PgNormalForm {
    private PgNormalForm() {
    }

    static SchemaModel of(SchemaModel model) {
        return model;
    }
}
