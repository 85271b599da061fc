package io.dearbridge.dear.rate;

import java.util.EnumMap;
import java.util.Map;

/**
 * Weighted turns between the import and write lanes of one account. A lane that asked and was refused is
 * waiting; while it waits (for at most the demand memory), its rival may take only its weight of tokens in
 * a row. A lane nobody is waiting behind takes every token, so an idle lane never costs the other anything.
 * Not thread-safe: the gate holds its lock.
 */
final class LaneTurns {

    private static final long NOT_WAITING = Long.MIN_VALUE;

    private final LaneSettings settings;
    private final Map<Lane, Long> waitingUntil = new EnumMap<>(Lane.class);
    private Lane lastGranted;
    private int streak;

    LaneTurns(LaneSettings settings) {
        this.settings = settings;
        waitingUntil.put(Lane.IMPORT, NOT_WAITING);
        waitingUntil.put(Lane.WRITE, NOT_WAITING);
    }

    /** Whether {@code lane} may take the next token now, the rival's turn considered. */
    boolean mayTake(Lane lane, long now) {
        if (lane == Lane.OTHER) {
            return true;
        }
        long rivalUntil = waitingUntil.get(lane.rival());
        boolean rivalWaiting = rivalUntil != NOT_WAITING && rivalUntil - now > 0;
        if (!rivalWaiting || lastGranted == null) {
            return true;
        }
        // A waiting rival in the middle of its run keeps the turn: else whichever lane asked first took the token, and
        // a ship's second and third writes lost it to imports already queued for it.
        return lastGranted == lane ? streak < settings.weight(lane) : streak >= settings.weight(lastGranted);
    }

    /**
     * The lane's last try is what counts (the demand memory runs from it): kept at the first refusal, a lane still
     * trying after a long pause of the budget (DEAR's 429) was forgotten and lost every token to its rival.
     */
    void refused(Lane lane, long now) {
        waitsUntil(lane, now + settings.demandMemory().toNanos());
    }

    /** The lane has work due that will take the next token; it counts as waiting until {@code until}. */
    void waitsUntil(Lane lane, long until) {
        if (lane != Lane.OTHER) {
            long known = waitingUntil.get(lane);
            waitingUntil.put(lane, known == NOT_WAITING || until - known > 0 ? until : known);
        }
    }

    void granted(Lane lane) {
        if (lane == Lane.OTHER) {
            return;
        }
        waitingUntil.put(lane, NOT_WAITING);
        if (lastGranted == lane) {
            streak++;
        } else {
            lastGranted = lane;
            streak = 1;
        }
    }
}
