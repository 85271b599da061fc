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
    private final Map<Lane, Long> waitingSince = new EnumMap<>(Lane.class);
    private Lane lastGranted;
    private int streak;

    LaneTurns(LaneSettings settings) {
        this.settings = settings;
        waitingSince.put(Lane.IMPORT, NOT_WAITING);
        waitingSince.put(Lane.WRITE, NOT_WAITING);
    }

    /** Whether {@code lane} may take the next token now, the rival's turn considered. */
    boolean mayTake(Lane lane, long now) {
        if (lane == Lane.OTHER) {
            return true;
        }
        long rivalSince = waitingSince.get(lane.rival());
        boolean rivalWaiting = rivalSince != NOT_WAITING && now - rivalSince < settings.demandMemory().toNanos();
        return !(rivalWaiting && lastGranted == lane && streak >= settings.weight(lane));
    }

    /**
     * The lane's last try is what counts (the demand memory runs from it): kept at the first refusal, a lane still
     * trying after a long pause of the budget (DEAR's 429) was forgotten and lost every token to its rival.
     */
    void refused(Lane lane, long now) {
        if (lane != Lane.OTHER) {
            waitingSince.put(lane, now);
        }
    }

    void granted(Lane lane) {
        if (lane == Lane.OTHER) {
            return;
        }
        waitingSince.put(lane, NOT_WAITING);
        if (lastGranted == lane) {
            streak++;
        } else {
            lastGranted = lane;
            streak = 1;
        }
    }
}
