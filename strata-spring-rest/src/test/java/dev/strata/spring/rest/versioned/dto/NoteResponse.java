package dev.strata.spring.rest.versioned.dto;

public record NoteResponse(Long id, String text, Integer version) {
}
