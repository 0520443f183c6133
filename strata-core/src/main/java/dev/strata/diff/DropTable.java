package dev.strata.diff;

import dev.strata.model.Table;

/** Drops a table; holds the whole table so that the downgrade recreates it. */
public record DropTable(Table table) implements Change {
    @Override
    public Change reverse() {
        return new AddTable(table);
    }

    @Override
    public String hazard() {
        return "drops table " + table.name() + " and all its rows";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
