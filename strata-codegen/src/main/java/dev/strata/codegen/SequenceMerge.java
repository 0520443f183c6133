package dev.strata.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Three-way merge of sequences of items matched by identity (members of a class, imports, annotations,
 * annotation attributes, record components). The result follows the user's order: what the user added stays where
 * they put it, what the generator added goes after the item that precedes it in the new generation (its generated
 * neighbour), or first when none does.
 */
final class SequenceMerge {
    /** What becomes of one item. */
    enum Kind {
        /** the user's item as it is */
        KEEP,
        /** only the generator changed it: the new generation's item replaces the user's */
        TAKE_THEIRS,
        /** both changed it differently: merge its parts, or conflict */
        BOTH_CHANGED,
        /** both added it, differently: merge its parts without a base, or conflict */
        BOTH_ADDED,
        /** the generator dropped it and the user left it alone */
        REMOVE,
        /** the generator dropped it and the user changed it: a conflict */
        REMOVED_BUT_CHANGED,
        /** the generator added it: insert after {@link Step#ours()} (the anchor; null: first) */
        INSERT
    }

    /** One step of the merged sequence, in output order; for INSERT, {@code ours} is the anchor or null. */
    record Step<T>(Kind kind, T base, T ours, T theirs) {
    }

    private SequenceMerge() {
    }

    /**
     * Merges by {@code key}; {@code same} tells whether two versions of an item say the same. Items keyed alike
     * within one sequence are told apart by occurrence.
     */
    static <T> List<Step<T>> merge(List<T> base, List<T> ours, List<T> theirs, Function<T, String> key,
                                   BiPredicate<T, T> same) {
        Map<String, T> baseByKey = byKey(base, key);
        Map<String, T> oursByKey = byKey(ours, key);
        Map<String, T> theirsByKey = byKey(theirs, key);
        Map<String, List<T>> insertsAfter = new HashMap<>();
        List<T> insertsFirst = new ArrayList<>();
        String anchorKey = null;
        for (Map.Entry<String, T> entry : theirsByKey.entrySet()) {
            if (oursByKey.containsKey(entry.getKey())) {
                anchorKey = entry.getKey();
            } else if (!baseByKey.containsKey(entry.getKey())) {
                (anchorKey == null ? insertsFirst : insertsAfter.computeIfAbsent(anchorKey, k -> new ArrayList<>()))
                        .add(entry.getValue());
            } // else the user deleted an item the generator still makes: it stays deleted
        }
        List<Step<T>> steps = new ArrayList<>();
        insertsFirst.forEach(t -> steps.add(new Step<>(Kind.INSERT, null, null, t)));
        for (Map.Entry<String, T> entry : oursByKey.entrySet()) {
            T b = baseByKey.get(entry.getKey());
            T o = entry.getValue();
            T t = theirsByKey.get(entry.getKey());
            steps.add(new Step<>(kind(b, o, t, same), b, o, t));
            insertsAfter.getOrDefault(entry.getKey(), List.of()).forEach(n -> steps.add(new Step<>(Kind.INSERT, null, o, n)));
        }
        return steps;
    }

    private static <T> Kind kind(T base, T ours, T theirs, BiPredicate<T, T> same) {
        if (base == null) {
            return theirs == null || same.test(ours, theirs) ? Kind.KEEP : Kind.BOTH_ADDED;
        }
        if (theirs == null) {
            return same.test(ours, base) ? Kind.REMOVE : Kind.REMOVED_BUT_CHANGED;
        }
        if (same.test(ours, base)) {
            return same.test(theirs, base) ? Kind.KEEP : Kind.TAKE_THEIRS;
        }
        return same.test(theirs, base) || same.test(ours, theirs) ? Kind.KEEP : Kind.BOTH_CHANGED;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            int n = seen.merge(k, 1, Integer::sum);
            map.put(n == 1 ? k : k + "#" + n, item);
        }
        return map;
    }
}
