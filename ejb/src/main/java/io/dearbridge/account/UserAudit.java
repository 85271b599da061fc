package io.dearbridge.account;

import java.time.Instant;

/** One audited change to a user, as the users page lists it: when, who, what, to whom, and the details. */
public record UserAudit(Instant at, String actor, String action, String username, String details) {
}
