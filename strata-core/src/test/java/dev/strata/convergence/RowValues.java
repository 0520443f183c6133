package dev.strata.convergence;

import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.Identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Deterministic sample values, as SQL literals, for seeding rows whose survival a convergence case checks. */
final class RowValues {
    private static final Pattern FIRST_LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private RowValues() {
    }

    /** True when strata leaves the column to the database (generated, or an identity that refuses values). */
    static boolean skipped(Column c) {
        return c.generated() != null || (c.identity() != null && c.identity().kind() == Identity.Kind.ALWAYS);
    }

    /** A literal for row {@code i} (1-based), or empty when the type is not one this harness can fill. */
    static Optional<String> literal(Column c, int i) {
        DataType t = c.normalizedType();
        if (t == null) {
            return Optional.empty();
        }
        return switch (t.kind()) {
            case BOOLEAN -> Optional.of(i % 2 == 0 ? "true" : "false");
            case TINYINT, SMALLINT, INTEGER, BIGINT -> Optional.of(String.valueOf(i));
            case DECIMAL, REAL, DOUBLE -> Optional.of(i + ".5");
            case CHAR, VARCHAR, TEXT, CLOB -> Optional.of("'" + text(t.length(), i) + "'");
            case DATE -> Optional.of("'2024-01-0" + i + "'");
            case TIMESTAMP, TIMESTAMP_TZ -> Optional.of("'2024-01-0" + i + " 10:00:00'");
            case TIME -> Optional.of("'10:00:0" + i + "'");
            case YEAR -> Optional.of(String.valueOf(2000 + i));
            case ENUM, SET -> firstLiteral(c.type()).map(v -> "'" + v + "'");
            default -> Optional.empty();
        };
    }

    private static String text(Integer length, int i) {
        String v = "v" + i;
        return length != null && length < v.length() ? v.substring(0, length) : v;
    }

    private static Optional<String> firstLiteral(String type) {
        Matcher m = FIRST_LITERAL.matcher(type);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
