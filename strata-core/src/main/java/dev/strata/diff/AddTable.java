package dev.strata.diff;

import dev.strata.model.Table;

/** Creates a table with its columns, keys, checks and uniques (indexes, foreign keys, triggers follow as their own changes). */
public record AddTable(Table table) implements Change {
    @Override
    public Change reverse() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
