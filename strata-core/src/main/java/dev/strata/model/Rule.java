package dev.strata.model;

/** A PostgreSQL rewrite rule, carried by its definition ({@code pg_get_ruledef}). */
public record Rule(String name, String definition, String comment) {
}
