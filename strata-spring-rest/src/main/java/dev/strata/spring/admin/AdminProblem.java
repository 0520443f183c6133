package dev.strata.spring.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Why admin.yaml cannot be served, as the admin app shows it: what is wrong, where, and what to do. */
final class AdminProblem extends RuntimeException {
    private final HttpStatus status;

    private AdminProblem(HttpStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    static AdminProblem missing(String looked) {
        return new AdminProblem(HttpStatus.NOT_FOUND, "admin.yaml not found (looked at " + looked + "): run "
                + "`strata rebuild-from-model` in the project to write ui/admin/admin.yaml, or set strata.admin.config",
                null);
    }

    static AdminProblem unreadable(String location, String why, Throwable cause) {
        return new AdminProblem(HttpStatus.UNPROCESSABLE_ENTITY, location + " cannot be read: " + why
                + "; fix the file and reload the page", cause);
    }

    ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(java.net.URI.create("urn:strata:problem:admin-config"));
        return problem;
    }
}
