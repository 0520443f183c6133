package dev.strata.spring.rest.versioned.dto;

import jakarta.validation.constraints.Size;

public record NoteUpdate(@Size(max = 200) String text, Integer version) {
}
