package dev.strata.jpa.generate;

/** One generated source file: its path below the source root ({@code com/acme/model/Order.java}) and its text. */
public record GeneratedFile(String relativePath, String content) {
}
