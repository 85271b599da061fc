package io.dearbridge.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Secret;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.sync.SyncFailureException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DEAR refusing an account's subscriptions (no Automation module?) is a reason of its own, not a failed heal. */
class SubscriptionRefusalTest {

    private static final DearAccount ACME = new DearAccount("acme", URI.create("https://dear.example/"),
            new Secret("3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41"), new Secret("app-key-secret-value"),
            new Secret("hook-secret-value"));

    private final List<SubscriptionReport> recorded = new ArrayList<>();
    private SyncFailureException listFails;
    private SyncFailureException createFails;

    private SubscriptionHealer healer() {
        SubscriptionHealer healer = new SubscriptionHealer();
        healer.publicBaseUrl = Optional.of("https://bridge.example.com/bridge");
        healer.releases = new io.dearbridge.account.ReleasePolicies() {
            @Override
            public boolean onPayment(String accountCode) {
                return false;
            }
        };
        healer.health = new WebhookHealth() {
            @Override
            public void record(String accountCode, List<SubscriptionReport> report, Instant at) {
                recorded.addAll(report);
            }
        };
        healer.registry = new SubscriptionRegistry() {
            @Override
            public List<Subscription> list(DearAccount account) {
                if (listFails != null) {
                    throw listFails;
                }
                return List.of();
            }

            @Override
            public Subscription create(DearAccount account, String type, String url) {
                if (createFails != null) {
                    throw createFails;
                }
                return new Subscription("id-" + type, type, url, true);
            }

            @Override
            public Subscription reactivate(DearAccount account, Subscription subscription) {
                return subscription;
            }
        };
        return healer;
    }

    private static SyncFailureException dear(FailureKind kind, int status, String message) {
        return new SyncFailureException(new SyncFailure(kind, status, message));
    }

    @Test
    void aRefusedListMakesEveryTypeRefusedWithDearsMessage() {
        listFails = dear(FailureKind.CREDENTIALS, 403, "Webhooks are not available: the Automation module is not part"
                + " of this account's subscription. (key app-key-secret-value)");
        List<SubscriptionReport> report = healer().heal(ACME);
        assertEquals(EventTypes.HANDLED.size(), report.size());
        assertTrue(report.stream().allMatch(r -> r.outcome().equals(WebhookHealth.REFUSED)), report.toString());
        String detail = report.get(0).detail();
        assertTrue(detail.startsWith("DEAR answered HTTP 403: Webhooks are not available: the Automation module"), detail);
        assertFalse(detail.contains("app-key-secret-value"), "a credential DEAR echoed is masked: " + detail);
        assertEquals(report, recorded, "stored for the account view, the console and reconciliation");
        assertTrue(SubscriptionHealer.DEGRADED.contains(WebhookHealth.REFUSED));
    }

    @Test
    void aRefusedCreateIsRefusedAndA400Too() {
        createFails = dear(FailureKind.PERMANENT, 400, "Automation module required");
        List<SubscriptionReport> report = healer().heal(ACME);
        assertTrue(report.stream().allMatch(r -> r.outcome().equals(WebhookHealth.REFUSED)), report.toString());
        assertEquals("DEAR answered HTTP 400: Automation module required", report.get(0).detail());
    }

    @Test
    void dearBeingDownIsStillAFailureNotARefusal() {
        createFails = dear(FailureKind.TRANSIENT, 500, "Internal error");
        assertTrue(healer().heal(ACME).stream().allMatch(r -> r.outcome().equals("FAILED")));
        listFails = dear(FailureKind.TRANSIENT, 503, "You have reached 60 calls per 60 seconds API limit.");
        assertThrows(SyncFailureException.class, () -> healer().heal(ACME), "an unreadable list fails the heal");
    }
}
