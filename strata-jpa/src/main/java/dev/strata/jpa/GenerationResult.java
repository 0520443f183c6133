package dev.strata.jpa;

import dev.strata.jpa.generate.Omission;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Entities#generate} did.
 *
 * @param files     every generated file, sorted
 * @param written   how many of them changed on disk (the others already had this content)
 * @param omissions what the entities do not carry (views, tables without a key, details JPA cannot express)
 */
public record GenerationResult(List<Path> files, int written, List<Omission> omissions) {
    public GenerationResult {
        files = List.copyOf(files);
        omissions = List.copyOf(omissions);
    }
}
