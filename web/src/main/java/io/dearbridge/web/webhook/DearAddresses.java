package io.dearbridge.web.webhook;

import java.util.List;

/**
 * The addresses DEAR publishes for its calls out (docs/dear-api.md §1.1), the one place they are written. Added to
 * the allowlist when {@code dearbridge.webhooks.allow-dear-addresses} is true. DEAR does not say which of them sends
 * webhooks, so all four are listed.
 */
final class DearAddresses {

    /** Cin7 Core (DEAR) itself, its integration workers, front end and integrations. */
    static final List<String> PUBLISHED = List.of("23.96.51.98", "52.136.127.169", "52.249.203.83", "13.82.183.64");

    private DearAddresses() {
    }
}
