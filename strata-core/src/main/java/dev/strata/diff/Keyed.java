package dev.strata.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/** Pairs two lists of named objects by key: what is only on the left, only on the right, and on both but changed. */
final class Keyed {
    private Keyed() {
    }

    static <T> void compare(List<T> from, List<T> to, Function<T, String> key, Consumer<T> dropped,
                            Consumer<T> added, BiConsumer<T, T> changed) {
        compare(from, to, key, Objects::equals, dropped, added, changed);
    }

    /** As above, with the equality that says whether an object present on both sides changed. */
    static <T> void compare(List<T> from, List<T> to, Function<T, String> key, BiPredicate<T, T> same,
                            Consumer<T> dropped, Consumer<T> added, BiConsumer<T, T> changed) {
        Map<String, T> left = index(from, key);
        Map<String, T> right = index(to, key);
        left.forEach((k, f) -> {
            T t = right.get(k);
            if (t == null) {
                dropped.accept(f);
            } else if (!same.test(f, t)) {
                changed.accept(f, t);
            }
        });
        right.forEach((k, t) -> {
            if (!left.containsKey(k)) {
                added.accept(t);
            }
        });
    }

    static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return map;
    }
}
