package io.dearbridge.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What must change so DEAR sends the bridge every event type it needs, decided from what DEAR has. Only
 * subscriptions pointing at the bridge's own URLs are ours; other systems' webhooks are never touched,
 * and DEAR's limit of five webhooks per type is respected.
 */
public final class SubscriptionPlan {

    public static final int MAX_PER_TYPE = 5;

    /** What to do for one event type. */
    public enum Action { KEEP, CREATE, REACTIVATE, LIMIT_REACHED }

    public record Step(String type, String url, Action action, Subscription existing) {
    }

    private SubscriptionPlan() {
    }

    public static List<Step> plan(List<String> types, java.util.function.Function<String, String> urlFor,
                                  List<Subscription> existing) {
        List<Step> steps = new ArrayList<>();
        for (String type : types) {
            String url = urlFor.apply(type);
            List<Subscription> sameType = existing.stream().filter(s -> type.equalsIgnoreCase(s.type())).toList();
            List<Subscription> ours = sameType.stream().filter(s -> sameUrl(url, s.url())).toList();
            if (ours.stream().anyMatch(Subscription::active)) {
                steps.add(new Step(type, url, Action.KEEP, ours.stream().filter(Subscription::active).findFirst().get()));
            } else if (!ours.isEmpty()) {
                steps.add(new Step(type, url, Action.REACTIVATE, ours.get(0)));
            } else if (sameType.size() >= MAX_PER_TYPE) {
                steps.add(new Step(type, url, Action.LIMIT_REACHED, null));
            } else {
                steps.add(new Step(type, url, Action.CREATE, null));
            }
        }
        return steps;
    }

    private static boolean sameUrl(String a, String b) {
        return b != null && strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
