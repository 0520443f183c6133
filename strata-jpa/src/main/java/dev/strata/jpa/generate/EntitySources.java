package dev.strata.jpa.generate;

import java.util.List;

/** The generator's output before anything is written: the files, sorted by path, and what was left out. */
public record EntitySources(List<GeneratedFile> files, List<Omission> omissions) {
    public EntitySources {
        files = files.stream().sorted(java.util.Comparator.comparing(GeneratedFile::relativePath)).toList();
        omissions = omissions.stream().sorted().distinct().toList();
    }
}
