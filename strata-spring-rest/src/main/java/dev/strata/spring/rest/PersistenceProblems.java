package dev.strata.spring.rest;

import jakarta.persistence.OptimisticLockException;

import java.sql.SQLException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/** Database refusals as problem documents: constraints and concurrent changes are conflicts (409). */
final class PersistenceProblems {
    private PersistenceProblems() {
    }

    static ProblemException translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                return constraint(cve);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof OptimisticLockingFailureException) {
                return ProblemException.conflict("optimistic-lock", "The record was changed or deleted by someone "
                        + "else since it was read: read it again and retry", null);
            }
            if (t instanceof DataException de) {
                return ProblemException.of(HttpStatus.BAD_REQUEST, "bad-data", "The database refused a value: "
                        + firstLine(de.getSQLException()));
            }
        }
        return null;
    }

    private static ProblemException constraint(ConstraintViolationException cve) {
        String name = cve.getConstraintName();
        String state = cve.getSQLState() == null ? "" : cve.getSQLState();
        String kind = switch (state) {
            case "23505" -> "unique";
            case "23503" -> "foreign key";
            case "23502" -> "not null";
            case "23514" -> "check";
            default -> "";
        };
        String detail = "The change violates " + (kind.isEmpty() ? "" : kind + " ") + "constraint "
                + (name == null ? "(unnamed)" : name) + ": " + firstLine(cve.getSQLException());
        return ProblemException.conflict("constraint-violation", detail, name);
    }

    private static String firstLine(SQLException e) {
        String message = e == null || e.getMessage() == null ? "" : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
