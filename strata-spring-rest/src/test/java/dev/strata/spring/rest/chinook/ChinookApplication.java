package dev.strata.spring.rest.chinook;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The test application: chinook's entities and DTOs as {@code strata create --package} wrote them, no controller. */
@SpringBootApplication
public class ChinookApplication {
}
