package dev.strata.diff;

import dev.strata.model.EnumType;

import java.util.List;

/** Removing enum values fails while rows hold them. */
final class EnumHazards {
    private EnumHazards() {
    }

    static String of(EnumType from, EnumType to) {
        List<String> removed = from.values().stream().filter(v -> !to.values().contains(v)).toList();
        return removed.isEmpty() ? null : "removes values " + removed + " from enum " + from.name()
                + ": rows that hold them must be changed first";
    }
}
