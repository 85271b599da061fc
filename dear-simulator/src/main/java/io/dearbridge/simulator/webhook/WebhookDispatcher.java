package io.dearbridge.simulator.webhook;

import io.dearbridge.simulator.account.AccountSettings;
import io.dearbridge.simulator.app.AccountSpace;
import io.dearbridge.simulator.json.JsonWriter;
import io.dearbridge.simulator.sale.SaleEvent;
import io.dearbridge.simulator.sale.SaleEvents;
import io.dearbridge.simulator.time.DearDates;
import io.dearbridge.simulator.time.SimClock;
import io.dearbridge.simulator.time.TaskScheduler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Turns sale events into deliveries to every active subscription of that type, the way DEAR does: thin JSON body,
 * the registered auth and extra headers, retried on DEAR's schedule, and the subscription deactivated after the
 * sixth failure. The account's chaos knobs can drop, duplicate or reorder deliveries.
 */
public final class WebhookDispatcher implements SaleEvents {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    private record Delivery(String accountId, String subscriptionId, String type, Map<String, Object> payload) {
    }

    private final Function<String, AccountSpace> spaces;
    private final TaskScheduler scheduler;
    private final WebhookSender sender;
    private final SimClock clock;
    private final DoubleSupplier random;
    private final Map<String, List<Delivery>> held = new ConcurrentHashMap<>();

    public WebhookDispatcher(Function<String, AccountSpace> spaces, TaskScheduler scheduler, WebhookSender sender,
                             SimClock clock, DoubleSupplier random) {
        this.spaces = spaces;
        this.scheduler = scheduler;
        this.sender = sender;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void fire(SaleEvent event) {
        dispatch(event.accountId(), event.type(), event.orderNumber(), WebhookPayloads.of(event));
    }

    /**
     * Delivers one event (sale or purchase) to every active subscription of its type, through the account's chaos
     * knobs (drop, duplicate, reorder) and DEAR's retry schedule.
     */
    public void dispatch(String accountId, String type, String label, Map<String, Object> payload) {
        AccountSpace space = spaces.apply(accountId);
        if (space == null) {
            return;
        }
        AccountSettings settings = space.settings();
        for (WebhookSubscription sub : space.webhooks().activeOfType(type)) {
            if (random.getAsDouble() < settings.webhookDropRate()) {
                LOG.fine(() -> "Dropping " + type + " for " + label + " (webhookDropRate)");
                continue;
            }
            int copies = random.getAsDouble() < settings.webhookDuplicateRate() ? 2 : 1;
            for (int i = 0; i < copies; i++) {
                Delivery delivery = new Delivery(accountId, sub.id(), type, payload);
                if (settings.webhookReorder()) {
                    hold(delivery, settings);
                } else {
                    scheduler.schedule(() -> attempt(delivery, 1), RetrySchedule.delayMillis(1, settings.webhookTimeFactor()));
                }
            }
        }
    }

    /**
     * Reorder: deliveries wait for the first attempt's delay, then everything held meanwhile goes out newest first,
     * one after the other so the reversed order really reaches the receiver.
     */
    private void hold(Delivery delivery, AccountSettings settings) {
        List<Delivery> batch = held.computeIfAbsent(delivery.accountId(), k -> Collections.synchronizedList(new ArrayList<>()));
        boolean first;
        synchronized (batch) {
            first = batch.isEmpty();
            batch.add(delivery);
        }
        if (first) {
            scheduler.schedule(() -> flush(delivery.accountId()), RetrySchedule.delayMillis(1, settings.webhookTimeFactor()));
        }
    }

    /** Sends whatever is held for the account now, newest first. */
    public void flush(String accountId) {
        List<Delivery> batch = held.remove(accountId);
        if (batch == null) {
            return;
        }
        List<Delivery> reversed;
        synchronized (batch) {
            reversed = new ArrayList<>(batch);
        }
        Collections.reverse(reversed);
        reversed.forEach(d -> attempt(d, 1));
    }

    public void clearHeld() {
        held.clear();
    }

    private void attempt(Delivery delivery, int attempt) {
        AccountSpace space = spaces.apply(delivery.accountId());
        if (space == null) {
            return;
        }
        WebhookSubscription sub = space.webhooks().find(delivery.subscriptionId()).orElse(null);
        if (sub == null || !sub.active()) {
            return;
        }
        int status = sender.send(sub.url(), headers(sub), JsonWriter.write(delivery.payload()));
        space.deliveries().add(delivery.type(), sub.url(), attempt, status, DearDates.timestamp(clock.now()),
                delivery.payload());
        if (status >= 200 && status < 300) {
            return;
        }
        if (attempt >= RetrySchedule.ATTEMPTS) {
            space.webhooks().deactivate(sub.id());
            LOG.info(() -> "Webhook " + sub.type() + " -> " + sub.url() + " deactivated after "
                    + RetrySchedule.ATTEMPTS + " failed deliveries");
            return;
        }
        double factor = space.settings().webhookTimeFactor();
        scheduler.schedule(() -> attempt(delivery, attempt + 1), RetrySchedule.delayMillis(attempt + 1, factor));
    }

    /**
     * Delivers a body the caller wrote to every active subscription of {@code type}, on DEAR's schedule and with its
     * retries, but without the chaos knobs: for testing how a receiver answers bodies it cannot read (docs/dear-api.md §2.6
     * leaves the payload fields unconfirmed).
     */
    public void send(String accountId, String type, Map<String, Object> payload) {
        AccountSpace space = spaces.apply(accountId);
        if (space == null) {
            return;
        }
        for (WebhookSubscription sub : space.webhooks().activeOfType(type)) {
            Delivery delivery = new Delivery(accountId, sub.id(), type, payload);
            scheduler.schedule(() -> attempt(delivery, 1),
                    RetrySchedule.delayMillis(1, space.settings().webhookTimeFactor()));
        }
    }

    /** The registered auth (docs/dear-api.md §2.2) plus the registered extra headers. */
    static Map<String, String> headers(WebhookSubscription sub) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        switch (sub.authType()) {
            case "bearerauth" -> h.put("Authorization", "Bearer " + sub.bearerToken());
            case "basicauth" -> h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (sub.userName() + ":" + sub.password()).getBytes(StandardCharsets.UTF_8)));
            default -> { }
        }
        for (WebhookSubscription.Header header : sub.headers()) {
            if (header.key() != null && !header.key().isBlank()) {
                h.put(header.key(), header.value() == null ? "" : header.value());
            }
        }
        return h;
    }
}
