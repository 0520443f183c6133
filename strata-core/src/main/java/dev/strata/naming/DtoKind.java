package dev.strata.naming;

/** The three DTO records generated per entity. */
public enum DtoKind {
    /** What a client sends to create one. */
    CREATE("Create"),
    /** Every field optional, for a partial update. */
    UPDATE("Update"),
    /** What the API returns. */
    RESPONSE("Response");

    private final String suffix;

    DtoKind(String suffix) {
        this.suffix = suffix;
    }

    /** The default record name's suffix ({@code Create}). */
    public String suffix() {
        return suffix;
    }
}
