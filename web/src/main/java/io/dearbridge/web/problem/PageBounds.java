package io.dearbridge.web.problem;

import jakarta.ws.rs.core.Response;

/**
 * Checks a list's {@code page} and {@code size} before any query: a page past {@link #MAX_PAGE} answers 400, so
 * {@code (page - 1) * size} stays far inside an int (page=2147483647 overflowed it into a negative offset, a 500
 * and a SEVERE stack trace).
 */
public final class PageBounds {

    /** 100 000 pages of at most a few hundred rows: more than any list holds, and the offset fits an int. */
    public static final int MAX_PAGE = 100_000;

    private PageBounds() {
    }

    public static void check(int page, int size, int maxSize) {
        if (page < 1 || page > MAX_PAGE || size < 1 || size > maxSize) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "page is between 1 and " + MAX_PAGE
                    + " and size between 1 and " + maxSize + ".");
        }
    }
}
