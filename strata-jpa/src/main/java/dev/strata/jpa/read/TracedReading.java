package dev.strata.jpa.read;

import java.util.function.Predicate;

/**
 * A reading, and which sources it depends on besides those it was read from: {@code dependsOn} tells whether a source
 * with a given text, added, removed or changed, could read differently (it may declare a JPA type, or it declares a
 * type the reading looked up by name). A change to any other source leaves the reading as it is.
 */
public record TracedReading(ReadResult result, Predicate<String> dependsOn) {
}
