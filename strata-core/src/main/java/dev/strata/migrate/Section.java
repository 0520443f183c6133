package dev.strata.migrate;

/**
 * The SQL of one direction of a revision, for every dialect ({@code dialect} empty) or for one.
 *
 * @param dialect   the dialect name after {@code -- +upgrade}, or "" for the section every dialect runs
 * @param sql       the text between this marker and the next, as written
 * @param firstLine the line number in the file of the first line of {@code sql}
 */
public record Section(String dialect, String sql, int firstLine) {
    public Section {
        dialect = dialect == null ? "" : dialect;
    }

    public boolean isBlank() {
        return sql.isBlank();
    }
}
