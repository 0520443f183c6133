package dev.strata.spring.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A request that cannot be served, carried to the endpoint as an RFC 9457 problem document. */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProblemDetail problem;

    private ProblemException(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    ProblemDetail problem() {
        return problem;
    }

    static ProblemException of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:strata:problem:" + type));
        return new ProblemException(problem);
    }

    static ProblemException badRequest(String detail) {
        return of(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    static ProblemException notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    /** Bean Validation failures: {@code errors} lists every field with its message. */
    static ProblemException invalid(List<Map<String, String>> errors) {
        ProblemException e = of(HttpStatus.BAD_REQUEST, "validation",
                "The request body is not valid: " + errors.size() + " field(s) failed validation");
        e.problem.setProperty("errors", errors);
        return e;
    }

    static ProblemException conflict(String type, String detail, String constraint) {
        ProblemException e = of(HttpStatus.CONFLICT, type, detail);
        if (constraint != null) {
            e.problem.setProperty("constraint", constraint);
        }
        return e;
    }
}
