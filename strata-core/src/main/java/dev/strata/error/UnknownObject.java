package dev.strata.error;

/** A schema, database or other object the user named does not exist. */
public class UnknownObject extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String name;

    public UnknownObject(String kind, String name, String hint) {
        super(ExitCode.INPUT, kind + " '" + name + "' does not exist" + (hint == null ? "" : ": " + hint));
        this.kind = kind;
        this.name = name;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
