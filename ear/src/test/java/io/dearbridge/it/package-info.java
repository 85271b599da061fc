/**
 * Integration tests against the real EAR on WildFly, and the one harness every IT uses: {@code Http}, {@code Await}
 * (conditions, never sleeps), {@code Simulator}/{@code SimulatorAccount} (DEAR), {@code Bridge} (its HTTP surface),
 * {@code ItDatabase}, {@code InboxEvents} and {@code OrderRows} (the rows of the thing under test),
 * {@code Deployments} and {@code TestAccounts} (in-container tests).
 */
package io.dearbridge.it;
