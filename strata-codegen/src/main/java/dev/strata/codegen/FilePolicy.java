package dev.strata.codegen;

import java.util.Optional;

/**
 * How {@link Regeneration} treats one generated file the user has edited: how its edits merge with the new
 * generation, and whether an unclean merge is written beside the file for review instead of into it.
 *
 * @param merge      how the user's text and the new generation merge
 * @param reviewFile where an unclean merge goes (project-relative), leaving the user's file as it was; listed among
 *                   the conflicts until the user deletes it. Empty: the file itself gets the conflict markers
 */
public record FilePolicy(Merge merge, Optional<String> reviewFile) {
    /** How a file merges. */
    public enum Merge {
        /** Member by member ({@link JavaMerge}), conflicts scoped to one member. */
        JAVA,
        /** By key path ({@link YamlMerge}). */
        YAML,
        /** Line by line ({@link ThreeWayMerge}). */
        LINES
    }

    /** The policy a file's name implies: Java and YAML merge by structure, anything else by lines, in place. */
    public static FilePolicy of(String path) {
        Merge merge = path.endsWith(".java") ? Merge.JAVA
                : path.endsWith(".yaml") || path.endsWith(".yml") ? Merge.YAML : Merge.LINES;
        return new FilePolicy(merge, Optional.empty());
    }

    /** The same merge, an unclean result going to {@code path} for the user's review. */
    public FilePolicy reviewedIn(String path) {
        return new FilePolicy(merge, Optional.of(path));
    }
}
