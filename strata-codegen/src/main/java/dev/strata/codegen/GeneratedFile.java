package dev.strata.codegen;

/**
 * One file a generator produces, with how a regeneration treats it once the user has edited it.
 *
 * @param path   relative to the project directory, '/'-separated
 * @param text   the generation
 * @param policy how edits merge, and where an unclean merge goes
 */
public record GeneratedFile(String path, String text, FilePolicy policy) {
    /** A file with the policy its name implies ({@link FilePolicy#of}). */
    public static GeneratedFile of(String path, String text) {
        return new GeneratedFile(path, text, FilePolicy.of(path));
    }
}
