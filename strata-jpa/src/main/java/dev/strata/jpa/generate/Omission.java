package dev.strata.jpa.generate;

/**
 * Something of the database that the entities do not carry, and why: a view or a table without a primary key
 * that got no entity, or a detail JPA and Hibernate have no annotation for. Reported, never dropped silently.
 *
 * @param object the object, e.g. "table public.audit_log", "index public.film.film_fulltext_idx"
 * @param reason what was lost and what to do about it
 */
public record Omission(String object, String reason) implements Comparable<Omission> {
    @Override
    public int compareTo(Omission other) {
        int c = object.compareTo(other.object);
        return c != 0 ? c : reason.compareTo(other.reason);
    }
}
