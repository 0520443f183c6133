package dev.strata.testkit;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data set of a parameterized or dynamic test, asserted not empty: JUnit reports a factory that yields nothing as
 * green with zero tests, so an empty set would pass without checking anything.
 */
public final class NonEmpty {
    private NonEmpty() {
    }

    /** The elements of {@code stream} (collected), failing with {@code what} when there are none. */
    public static <T> Stream<T> of(String what, Stream<T> stream) {
        return list(what, stream.toList()).stream();
    }

    /** {@code elements}, failing with {@code what} when there are none. */
    public static <T, C extends Collection<T>> C of(String what, C elements) {
        assertThat(elements).as("%s: the data set of this test is empty, so it would check nothing", what)
                .isNotEmpty();
        return elements;
    }

    private static <T> List<T> list(String what, List<T> elements) {
        return of(what, elements);
    }
}
