package dev.strata.spring.rest.versioned.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NoteCreate(@NotNull @Size(max = 200) String text) {
}
