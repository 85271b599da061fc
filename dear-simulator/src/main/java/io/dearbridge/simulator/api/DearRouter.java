package io.dearbridge.simulator.api;

import io.dearbridge.simulator.account.AccountSettings;
import io.dearbridge.simulator.app.AccountSpace;
import io.dearbridge.simulator.throttle.Fault;
import io.dearbridge.simulator.time.DearDates;
import io.dearbridge.simulator.time.SimClock;
import io.dearbridge.simulator.time.Sleeper;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Every DEAR call goes through here, in the order DEAR's front door plausibly applies its checks:
 * unknown endpoint (404), credentials (403 {@code Incorrect credentials!}, docs/dear-api.md §1.1), burst 403,
 * injected latency, rate limit (503 or 429, §1.4), injected faults, random failures, error-with-200 (§1.2),
 * unsupported verb (403 or 405, §1.2), and only then the endpoint. Refused calls never reach the endpoint, so they
 * change no state. Every call of a known account lands in its call log with the status it got.
 */
public final class DearRouter {

    private final Function<String, AccountSpace> spaces;
    private final DearRoutes routes;
    private final SimClock clock;
    private final DoubleSupplier random;
    private final Sleeper sleeper;

    public DearRouter(Function<String, AccountSpace> spaces, DearRoutes routes, SimClock clock, DoubleSupplier random,
                      Sleeper sleeper) {
        this.spaces = spaces;
        this.routes = routes;
        this.clock = clock;
        this.random = random;
        this.sleeper = sleeper;
    }

    public DearResponse handle(DearRequest request) {
        long started = System.nanoTime();
        Instant at = clock.now();
        AccountSpace space = request.accountIdHeader() == null ? null
                : spaces.apply(request.accountIdHeader().trim().toLowerCase());
        Optional<DearRoutes.Route> route = routes.find(request.path());
        String path = route.map(DearRoutes.Route::path).orElse(request.path());
        DearResponse response = respond(request, space, route);
        if (space != null) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            space.calls().add(request.method(), path, request.rawQuery(), response.status(), DearDates.timestamp(at), ms);
        }
        return response;
    }

    private DearResponse respond(DearRequest request, AccountSpace space, Optional<DearRoutes.Route> route) {
        if (route.isEmpty()) {
            boolean asArray = space != null && space.settings().errorBodyAsArray();
            return DearResponse.json(404, ErrorBodies.errorModel(404, "No HTTP resource was found that matches the"
                    + " request URI '" + request.path() + "'.", asArray));
        }
        if (space == null || !space.account().acceptsKey(request.applicationKeyHeader())) {
            return DearResponse.text(403, ErrorBodies.BAD_CREDENTIALS);
        }
        AccountSettings settings = space.settings();
        if (!space.burst().enter(settings.burstLimit())) {
            return DearResponse.text(403, ErrorBodies.BAD_CREDENTIALS);
        }
        try {
            if (settings.latencyMs() > 0) {
                sleeper.sleep(settings.latencyMs());
            }
            return guarded(request, space, settings, route.get());
        } finally {
            space.burst().exit();
        }
    }

    private DearResponse guarded(DearRequest request, AccountSpace space, AccountSettings settings,
                                 DearRoutes.Route route) {
        boolean asArray = settings.errorBodyAsArray();
        String limiterKey = settings.rateLimitPerAccount() ? space.account().accountId()
                : request.applicationKeyHeader().trim().toLowerCase();
        if (!space.rateLimiter().tryAcquire(limiterKey, clock.now(), settings.rateLimit(),
                settings.rateWindowSeconds())) {
            int status = settings.throttleStatus();
            return DearResponse.json(status, ErrorBodies.errorModel(status,
                    ErrorBodies.rateLimitText(settings.rateLimit(), settings.rateWindowSeconds()), asArray));
        }
        Optional<Fault> fault = space.faults().take(request.method(), route.path());
        if (fault.isPresent() && fault.get().storeFirst()) {
            return storedThenFailed(request, space, settings, route, fault.get());
        }
        if (fault.isPresent()) {
            Fault f = fault.get();
            String text = f.body() != null ? f.body() : defaultText(f.status(), settings);
            return DearResponse.json(f.with200() ? 200 : f.status(), ErrorBodies.errorModel(f.status(), text, asArray));
        }
        if (settings.failureRate() > 0 && random.getAsDouble() < settings.failureRate()) {
            int status = settings.failureStatus();
            return DearResponse.json(status, ErrorBodies.errorModel(status, defaultText(status, settings), asArray));
        }
        if (settings.errorWith200Rate() > 0 && random.getAsDouble() < settings.errorWith200Rate()) {
            return DearResponse.json(200, ErrorBodies.errorModel(500, defaultText(500, settings), asArray));
        }
        DearHandler handler = route.verbs().get(request.method());
        if (handler == null) {
            int status = settings.unsupportedVerbStatus();
            return DearResponse.json(status, ErrorBodies.errorModel(status, "The requested resource does not support"
                    + " http method '" + request.method() + "'.", asArray));
        }
        try {
            return DearResponse.ok(handler.handle(space, request));
        } catch (DearException e) {
            return DearResponse.json(e.status(), ErrorBodies.errorModel(e.status(), e.getMessage(), asArray));
        }
    }

    /**
     * The endpoint runs and keeps its effect; then the answer is held and replaced by the fault's. The hold happens
     * inside the burst guard, as a slow DEAR answer would.
     */
    private DearResponse storedThenFailed(DearRequest request, AccountSpace space, AccountSettings settings,
                                          DearRoutes.Route route, Fault f) {
        DearHandler handler = route.verbs().get(request.method());
        if (handler != null) {
            try {
                handler.handle(space, request);
            } catch (DearException e) {
                return DearResponse.json(e.status(), ErrorBodies.errorModel(e.status(), e.getMessage(),
                        settings.errorBodyAsArray()));
            }
        }
        if (f.delayMs() > 0) {
            sleeper.sleep(f.delayMs());
        }
        String text = f.body() != null ? f.body() : defaultText(f.status(), settings);
        return DearResponse.json(f.with200() ? 200 : f.status(),
                ErrorBodies.errorModel(f.status(), text, settings.errorBodyAsArray()));
    }

    private static String defaultText(int status, AccountSettings settings) {
        if (status == 503 || status == 429) {
            return ErrorBodies.rateLimitText(settings.rateLimit(), settings.rateWindowSeconds());
        }
        if (status == 403) {
            return ErrorBodies.BAD_CREDENTIALS;
        }
        return "An unexpected error has occurred. Please try again later.";
    }
}
