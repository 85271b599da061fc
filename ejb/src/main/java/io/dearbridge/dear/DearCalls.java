package io.dearbridge.dear;

import com.fasterxml.jackson.databind.JavaType;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.rate.AccountGate;
import io.dearbridge.dear.rate.CallDeferred;
import io.dearbridge.dear.rate.DearWork;
import io.dearbridge.dear.rate.Lane;
import io.dearbridge.dear.rate.RateGovernor;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.metrics.BridgeMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Runs one DEAR call through the account's rate gate, reads and classifies the answer, and for reads
 * retries THROTTLED and TRANSIENT failures a few times in the call.
 *
 * <p>The read retry is a small loop rather than MicroProfile Fault Tolerance's {@code @Retry}: whether to
 * retry depends on the exception's kind, not its class; a throttled retry must wait on the account's
 * shared gate (which DEAR's answer has just paused for everyone) rather than a fixed delay; and an
 * interceptor would not apply to these calls made from inside this bean. Writes are never retried here:
 * DEAR writes are not idempotent, and the outbox re-reads DEAR before sending again.
 */
@ApplicationScoped
class DearCalls {

    private static final Logger LOG = Logger.getLogger(DearCalls.class.getName());
    private static final Duration BURST_403_PAUSE = Duration.ofSeconds(2);

    @Inject
    Config config;

    @Inject
    DearClients clients;

    @Inject
    RateGovernor governor;

    @Inject
    BridgeMetrics metrics;

    private ClientSettings settings;
    private CredentialWatch credentials;

    @PostConstruct
    void init() {
        settings = ClientSettings.read(key -> config.getOptionalValue(key, String.class));
        credentials = new CredentialWatch(settings.credentialsRecent().toNanos(), settings.burst403Threshold(),
                System::nanoTime);
    }

    <T> T read(DearAccount account, String what, Function<DearApi, Response> call, JavaType type) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(account, what, call, type, false);
            } catch (DearCallException e) {
                if (!e.retryable() || attempt >= settings.readAttempts()) {
                    throw abandoned(account, e);
                }
                LOG.info(() -> account.code() + " " + what + ": " + e.getMessage() + "; retrying");
                if (e.kind() == FailureKind.TRANSIENT) {
                    backOff(attempt);
                }
            }
        }
    }

    <T> T write(DearAccount account, String what, Function<DearApi, Response> call, JavaType type) {
        try {
            return once(account, what, call, type, true);
        } catch (DearCallException e) {
            throw abandoned(account, e);
        }
    }

    /**
     * The work on this thread leaves unfinished, to be tried again: the DEAR calls it made before are wasted, and
     * counted as calls without progress. With work that waits once started (see {@link DearWork}) this stays 0 but
     * for DEAR's own failures.
     */
    private <E extends RuntimeException> E abandoned(DearAccount account, E e) {
        boolean retried = e instanceof CallDeferred || (e instanceof DearCallException d && d.retryable());
        int wasted = retried ? DearWork.abandon() : 0;
        if (wasted > 0) {
            metrics.callsWithoutProgress(account.code(), wasted);
            LOG.info(() -> account.code() + ": " + wasted + " DEAR call(s) spent on work that must start again ("
                    + e.getMessage() + ")");
        }
        return e;
    }

    private <T> T once(DearAccount account, String what, Function<DearApi, Response> call, JavaType type,
                       boolean write) {
        AccountGate gate = governor.gate(account.code());
        DearExchange exchange;
        try {
            exchange = exchange(account, what, call, gate, write);
        } catch (CallDeferred e) {
            metrics.dearCall(account.code(), what, "deferred");
            throw abandoned(account, e);
        } catch (DearCallException e) {
            metrics.dearCall(account.code(), what, e.kind().name());
            throw e;
        }
        DearWork.sent(exchange.ok());
        if (exchange.ok()) {
            metrics.dearCall(account.code(), what, "ok");
            credentials.answered(account.code());
            return exchange.read(type);
        }
        int decisive = exchange.effectiveStatus();
        boolean knownGood = decisive == 403 && credentials.forbiddenButKnownGood(account.code());
        if (decisive != 403 && decisive < 500) {
            credentials.answered(account.code());
        }
        DearCallException failure = exchange.failure(knownGood, write);
        if (failure.kind() == FailureKind.THROTTLED) {
            gate.pauseFor(exchange.retryAfter().orElse(gate.settings().window()).toNanos());
        } else if (failure.kind() == FailureKind.TRANSIENT && decisive == 403) {
            gate.pauseFor(BURST_403_PAUSE.toNanos());
        }
        metrics.dearCall(account.code(), what, failure.kind().name());
        LOG.log(failure.kind() == FailureKind.CREDENTIALS ? Level.WARNING : Level.INFO,
                () -> account.code() + " " + what + " failed: " + failure.getMessage());
        throw failure;
    }

    private DearExchange exchange(DearAccount account, String what, Function<DearApi, Response> call,
                                  AccountGate gate, boolean write) {
        Optional<AccountGate.Permit> permit;
        Lane lane = DearWork.current();
        long waitStart = System.nanoTime();
        try {
            if (lane == Lane.OTHER) {
                permit = gate.enter(settings.maxWait().toNanos());
            } else if (DearWork.started()) {
                // Its earlier calls are spent: wait for this token (about one interval) rather than waste them.
                permit = gate.enter(lane, Math.min(settings.maxWait().toNanos(), gate.settings().window().toNanos()));
            } else {
                AccountGate.Entry entry = gate.tryEnter(lane, governor.lanes().deferAfter().toNanos());
                if (!entry.admitted()) {
                    throw DearWork.deferred(new CallDeferred(account.code(), lane,
                            Duration.ofNanos(entry.retryAfterNanos())));
                }
                permit = Optional.of(entry.permit());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DearCallException(FailureKind.TRANSIENT, null, "interrupted while waiting to call DEAR", false, e);
        } finally {
            metrics.governorWait(account.code(), lane.name(), Duration.ofNanos(System.nanoTime() - waitStart));
        }
        if (permit.isEmpty() && gate.closed()) {
            throw new DearCallException(FailureKind.TRANSIENT, null, "the bridge is shutting down", false, null);
        }
        if (permit.isEmpty()) {
            throw new DearCallException(FailureKind.THROTTLED, null, "the bridge's rate governor had no call slot for "
                    + account.code() + " in time", false, null);
        }
        DearWork.admitted();
        long sent = System.nanoTime();
        try (AccountGate.Permit held = permit.get();
             Response response = call.apply(clients.api(account, settings))) {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            return new DearExchange(response.getStatus(), body,
                    DearExchange.parseRetryAfter(response.getHeaderString("Retry-After")));
        } catch (ProcessingException e) {
            DearWork.sent(false);
            // Timeouts, refused or dropped connections: no answer, so a write may or may not have landed.
            throw new DearCallException(FailureKind.TRANSIENT, null, "no answer from DEAR for " + what + ": "
                    + describe(e), write, e);
        } finally {
            metrics.dearCallDuration(account.code(), what, Duration.ofNanos(System.nanoTime() - sent));
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    private static void backOff(int attempt) {
        long ceiling = Math.min(5_000, 250L << Math.min(attempt - 1, 10));
        try {
            Thread.sleep(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DearCallException(FailureKind.TRANSIENT, null, "interrupted while backing off", false, e);
        }
    }
}
