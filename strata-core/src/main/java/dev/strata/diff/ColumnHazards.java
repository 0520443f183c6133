package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import dev.strata.model.QualifiedName;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a column change can destroy or make fail: narrowing types, new NOT NULL, dropped defaults. */
final class ColumnHazards {
    private static final List<Kind> INTEGER_WIDTHS = List.of(Kind.TINYINT, Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);
    private static final Set<Kind> TEXTUAL = EnumSet.of(Kind.CHAR, Kind.VARCHAR, Kind.TEXT, Kind.CLOB);

    private ColumnHazards() {
    }

    static String of(QualifiedName table, Column from, Column to) {
        List<String> hazards = new ArrayList<>();
        String where = table + "." + to.name();
        if (!Objects.equals(from.type(), to.type()) && narrows(from.normalizedType(), to.normalizedType())) {
            hazards.add("narrows " + where + " from " + from.type() + " to " + to.type()
                    + ": values that do not fit make it fail or are cut");
        }
        if (from.nullable() && !to.nullable()) {
            hazards.add("makes " + where + " NOT NULL: fails while it holds NULLs");
        }
        if (from.defaultValue() != null && to.defaultValue() == null && from.identity() == null
                && to.generated() == null) {
            hazards.add("drops the default of " + where + " (" + from.defaultValue() + ")");
        }
        if (from.generated() == null && to.generated() != null) {
            hazards.add("makes " + where + " a generated column: its stored values are replaced by "
                    + to.generated().expression());
        }
        return hazards.isEmpty() ? null : String.join("; ", hazards);
    }

    /** True unless the new type surely holds every value of the old one. Unknown pairs count as narrowing. */
    static boolean narrows(DataType from, DataType to) {
        if (from == null || to == null) {
            return true;
        }
        if (from.kind() == to.kind()) {
            return smaller(to.length(), from.length()) || smaller(to.precision(), from.precision())
                    || smaller(to.scale(), from.scale());
        }
        int a = INTEGER_WIDTHS.indexOf(from.kind());
        int b = INTEGER_WIDTHS.indexOf(to.kind());
        if (a >= 0 && b >= 0) {
            return b < a;
        }
        if (a >= 0 && to.kind() == Kind.DECIMAL) {
            return to.precision() != null && to.precision() < 20;
        }
        if (TEXTUAL.contains(to.kind()) && to.length() == null) {
            return false;
        }
        if (TEXTUAL.contains(from.kind()) && TEXTUAL.contains(to.kind())) {
            return smaller(to.length(), from.length() == null ? Integer.MAX_VALUE : from.length());
        }
        return true;
    }

    /** A null size means unbounded. */
    private static boolean smaller(Integer to, Integer from) {
        if (to == null) {
            return false;
        }
        return from == null || to < from;
    }
}
