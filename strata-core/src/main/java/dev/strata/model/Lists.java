package dev.strata.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Helpers that keep model collections immutable and, where order carries no meaning, sorted. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T, K extends Comparable<? super K>> List<T> sorted(List<T> list, Function<T, K> key) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())));
        return Collections.unmodifiableList(copy);
    }

    /**
     * The first element of {@code sorted} (in the order {@link #sorted} leaves it by {@code key}) whose key is
     * {@code wanted}: a binary search, as a schema of thousands of tables is searched once per foreign key.
     */
    static <T> Optional<T> first(List<T> sorted, String wanted, Function<T, String> key) {
        if (wanted == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = sorted.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            String k = key.apply(sorted.get(middle));
            int order = k == null ? -1 : k.compareTo(wanted);
            if (order < 0) {
                low = middle + 1;
            } else {
                found = order == 0 ? middle : found;
                high = middle - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(sorted.get(found));
    }

    static List<String> sortedStrings(List<String> list) {
        return sorted(list, Function.identity());
    }

    static Map<String, String> sortedMap(Map<String, String> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
