package dev.strata.spring.rest.versioned;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A second test application: one entity with a @Version field, for optimistic locking. */
@SpringBootApplication
public class VersionedApplication {
}
