package dev.strata.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    static List<String> sortedStrings(List<String> list) {
        return sorted(list, Function.identity());
    }

    static Map<String, String> sortedMap(Map<String, String> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
