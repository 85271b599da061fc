package io.dearbridge.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dearbridge.webhook.SubscriptionPlan.Action;
import io.dearbridge.webhook.SubscriptionPlan.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionPlanTest {

    private static final String BASE = "https://bridge.example.com/bridge/api/dear/acme/webhooks/";

    private static List<Step> plan(List<String> types, List<Subscription> existing) {
        return SubscriptionPlan.plan(types, type -> BASE + type, existing);
    }

    @Test
    void missingSubscriptionsAreCreated() {
        List<Step> steps = plan(List.of("Sale/OrderAuthorised", "Sale/Voided"), List.of());
        assertEquals(List.of(Action.CREATE, Action.CREATE), steps.stream().map(Step::action).toList());
        assertEquals(BASE + "Sale/Voided", steps.get(1).url());
    }

    @Test
    void anActiveOneOfOursIsKeptEvenBesideAnInactiveDuplicate() {
        Subscription off = new Subscription("1", "Sale/Voided", BASE + "Sale/Voided", false);
        Subscription on = new Subscription("2", "Sale/Voided", BASE.toUpperCase() + "Sale/Voided/", true);
        List<Step> steps = plan(List.of("Sale/Voided"), List.of(off, on));
        assertEquals(Action.KEEP, steps.get(0).action());
        assertSame(on, steps.get(0).existing());
    }

    @Test
    void oursSwitchedOffIsReactivated() {
        Subscription off = new Subscription("1", "Sale/Undo", BASE + "Sale/Undo", false);
        Step step = plan(List.of("Sale/Undo"), List.of(off)).get(0);
        assertEquals(Action.REACTIVATE, step.action());
        assertSame(off, step.existing());
    }

    @Test
    void otherSystemsWebhooksAreNeverCountedAsOursAndTheLimitIsRespected() {
        List<Subscription> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            others.add(new Subscription("o" + i, "Sale/Voided", "https://other.example/hook" + i, false));
        }
        assertEquals(Action.CREATE, plan(List.of("Sale/Voided"), others).get(0).action());
        others.add(new Subscription("o4", "Sale/Voided", "https://other.example/hook4", true));
        assertEquals(Action.LIMIT_REACHED, plan(List.of("Sale/Voided"), others).get(0).action());
    }
}
