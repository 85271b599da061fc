package io.dearbridge.web.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by resources to answer with a problem+json of their choosing. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Response.Status status, String detail) {
        this(Problem.of(status, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
