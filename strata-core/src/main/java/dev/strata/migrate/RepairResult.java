package dev.strata.migrate;

import java.util.List;

/** The revisions whose recorded checksums {@code repair} replaced with the files' current ones. */
public record RepairResult(List<String> repaired) {
    public RepairResult {
        repaired = List.copyOf(repaired);
    }
}
