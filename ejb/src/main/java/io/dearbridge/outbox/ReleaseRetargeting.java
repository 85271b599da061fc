package io.dearbridge.outbox;

import io.dearbridge.domain.outbox.OutboxCommand;
import java.time.Instant;
import java.util.Optional;

/**
 * A feature's say when an operator releases one of its HELD commands, in the release's transaction: re-point the
 * command at what replaced its target in DEAR (e.g. fulfilment's stage push of a fulfilment DEAR dropped), or refuse
 * by throwing the domain's refusal. Each implementation answers only for its own kinds, so the console asks them all
 * without knowing the features.
 */
public interface ReleaseRetargeting {

    /** @return what moved where, for the audit and the order's timeline; empty when the command needs no change */
    Optional<String> retarget(OutboxCommand command, Instant now);
}
