package dev.strata.diff;

import java.util.Locale;

/** The kinds of object an {@link ObjectRef} names; {@link #toString()} is the text messages and plans print. */
public enum ObjectKind {
    SCHEMA("schema"),
    TABLE("table"),
    COLUMN("column"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    SEQUENCE("sequence"),
    TYPE("type"),
    DOMAIN("domain"),
    FUNCTION("function"),
    PROCEDURE("procedure"),
    AGGREGATE("aggregate"),
    INDEX("index"),
    CONSTRAINT("constraint"),
    TRIGGER("trigger"),
    POLICY("policy"),
    RULE("rule"),
    EXTENSION("extension");

    private final String text;

    ObjectKind(String text) {
        this.text = text;
    }

    /** The kind as SQL names it in COMMENT ON and the like: "MATERIALIZED VIEW". */
    public String keyword() {
        return text.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }
}
