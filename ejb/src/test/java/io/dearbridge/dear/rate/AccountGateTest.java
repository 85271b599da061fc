package io.dearbridge.dear.rate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AccountGateTest {

    private static RateSettings oneCallPerMinute() {
        return RateSettings.read("demo", key -> Optional.ofNullable(switch (key) {
            case "dearbridge.account.demo.rate-limit" -> "2";
            case "dearbridge.account.demo.rate-window-seconds" -> "60";
            case "dearbridge.account.demo.max-in-flight" -> "1";
            default -> null;
        }));
    }

    @Test
    void closingTurnsAwayACallerWaitingForTheRateWindowAtOnce() throws Exception {
        AccountGate gate = new AccountGate(oneCallPerMinute(), System::nanoTime, AccountGate.Sleeper.REAL);
        gate.enter(0).orElseThrow().close();  // the burst token: the next call waits about 30 s
        long start = System.nanoTime();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.enter(Duration.ofSeconds(60).toNanos()).isPresent();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        gate.close();
        assertTrue(!waiter.get(5, TimeUnit.SECONDS), "a closed gate gave out a permit");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000);
        assertTrue(gate.closed());
    }

    @Test
    void closingTurnsAwayACallerWaitingForACallSlot() throws Exception {
        AccountGate gate = new AccountGate(oneCallPerMinute(), System::nanoTime, AccountGate.Sleeper.REAL);
        AccountGate.Permit held = gate.enter(0).orElseThrow();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.enter(Duration.ofSeconds(60).toNanos()).isPresent();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        gate.close();
        assertTrue(!waiter.get(5, TimeUnit.SECONDS));
        held.close();
    }
}
