package dev.strata.diff;

import dev.strata.model.QualifiedName;

import java.util.Map;

/** Changes table attributes (engine, charset, storage parameters, ...). */
public record ModifyTableOptions(QualifiedName table, Map<String, String> from, Map<String, String> to) implements TableChange {
    @Override
    public Change reverse() {
        return new ModifyTableOptions(table, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
