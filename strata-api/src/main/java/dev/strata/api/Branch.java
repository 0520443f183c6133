package dev.strata.api;

import dev.strata.migrate.Revision;

import java.util.List;

/**
 * A revision with more than one child, as {@code branches} lists it.
 *
 * @param point    the revision the branches start from
 * @param children its children, in the graph's order
 */
public record Branch(Revision point, List<Revision> children) {
    public Branch {
        children = List.copyOf(children);
    }
}
