package dev.strata.convergence;

import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;

import java.util.List;
import java.util.Map;

/**
 * One schema change to plan and apply: the schema before and after, the rename hints the user would give, and the
 * table whose rows must survive.
 *
 * @param seededBefore the table rows are written into before the upgrade, or null
 * @param seededAfter  the same table's name after the upgrade
 * @param survivors    columns whose values must survive: name before -> name after
 */
record ConvergenceCase(String name, SchemaModel before, SchemaModel after, List<String> renames,
                       QualifiedName seededBefore, QualifiedName seededAfter, Map<String, String> survivors) {

    /** The same change the other way round, with inverted hints and column mapping. */
    ConvergenceCase reversed() {
        List<String> back = renames.stream().map(ConvergenceCase::invertHint).toList();
        Map<String, String> inverse = new java.util.TreeMap<>();
        survivors.forEach((b, a) -> inverse.put(a, b));
        return new ConvergenceCase(name + " (reversed)", after, before, back, seededAfter, seededBefore, inverse);
    }

    /** schema.table.old=new becomes schema.table.new=old; schema.old=new becomes schema.new=old. */
    private static String invertHint(String hint) {
        String left = hint.substring(0, hint.indexOf('='));
        String right = hint.substring(hint.indexOf('=') + 1);
        String prefix = left.substring(0, left.lastIndexOf('.') + 1);
        String old = left.substring(left.lastIndexOf('.') + 1);
        return prefix + right + "=" + old;
    }

    @Override
    public String toString() {
        return name;
    }
}
