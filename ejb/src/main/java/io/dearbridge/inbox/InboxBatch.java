package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.DocumentKind;
import io.dearbridge.domain.inbox.Fingerprint;
import io.dearbridge.domain.inbox.InboxStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, without touching the database, what one group commit does: identical events (same account, type
 * and body) within the batch become one row counting every delivery, and a row already stored absorbs them
 * when it is still waiting or arrived within the duplicate window. Merging is safe because processing
 * fetches DEAR's current state, which covers every delivery. One exception: a copy of an event already processed
 * that arrives after another event of the same document (authorised, undone, authorised again within the window) says
 * the document changed since that fetch, so the stored row is re-opened to be processed again rather than only counted.
 */
final class InboxBatch {

    private static final EnumSet<InboxStatus> WAITING =
            EnumSet.of(InboxStatus.RECEIVED, InboxStatus.PROCESSING, InboxStatus.RETRY);

    /** Identical events of the batch: the first one stands for all. */
    static final class Group {
        final IncomingEvent event;
        final Fingerprint fingerprint;
        final List<Integer> positions = new ArrayList<>();
        /** The group's place in the batch, for matching what the database answers. */
        final int ordinal;
        /** The stored row these deliveries became: an earlier one, or the one inserted for them. */
        long eventId;
        boolean duplicate;
        /** The earlier row was processed before another event of its document: it is processed again. */
        boolean reopened;

        private Group(int ordinal, IncomingEvent event, Fingerprint fingerprint) {
            this.ordinal = ordinal;
            this.event = event;
            this.fingerprint = fingerprint;
        }

        /** An earlier row took these deliveries. */
        void absorbedBy(long id) {
            eventId = id;
            duplicate = true;
        }

        /** An earlier row took these deliveries and is to be processed again. */
        void reopened(long id) {
            absorbedBy(id);
            reopened = true;
        }

        /** A new row was inserted for them. */
        void storedAs(long id) {
            eventId = id;
        }

        int deliveries() {
            return positions.size();
        }

        String accountCode() {
            return event.key().accountCode();
        }

        /*
         * Where earlier copies are looked up. Identical content carries the same ids, so: by the document; else by
         * the task (DEAR addresses some events by task only); else, with neither id or no document kind (never
         * waiting, so absorbing only within the window), by the dedupe keys of this bucket and the last. Exactly one
         * of the three is set. The first two are looked up within the document's kind.
         */

        String kind() {
            DocumentKind kind = event.key().document().kind();
            return kind == null ? null : kind.name();
        }

        String copiesByDocument() {
            return kind() == null ? null : event.key().document().id();
        }

        String copiesByTask() {
            return kind() != null && copiesByDocument() == null ? event.key().document().taskId() : null;
        }

        List<String> copiesByKey() {
            return copiesByDocument() == null && copiesByTask() == null
                    ? List.of(fingerprint.dedupeKey(), fingerprint.previousDedupeKey()) : List.of();
        }
    }

    /**
     * The newest stored row with a given content; {@code followedInDocument}: a later row of the same document exists (only
     * looked up for a processed row, as only there it matters).
     */
    record Stored(long id, InboxStatus status, Instant receivedAt, boolean followedInDocument) {

        Stored(long id, InboxStatus status, Instant receivedAt) {
            this(id, status, receivedAt, false);
        }
    }

    private final int size;
    private final Instant now;
    private final Duration window;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    private InboxBatch(int size, Instant now, Duration window) {
        this.size = size;
        this.now = now;
        this.window = window;
    }

    static InboxBatch of(List<IncomingEvent> events, Instant now, Duration window) {
        InboxBatch batch = new InboxBatch(events.size(), now, window);
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            Fingerprint fingerprint = Fingerprint.of(event.key().accountCode(), event.key().eventType(),
                    event.payload(), now, window);
            String content = event.key().accountCode() + ':' + fingerprint.payloadHash();
            int ordinal = batch.groups.size();
            batch.groups.computeIfAbsent(content, k -> new Group(ordinal, event, fingerprint)).positions.add(i);
        }
        return batch;
    }

    Instant now() {
        return now;
    }

    Duration window() {
        return window;
    }

    /** The statuses in which a stored row absorbs identical deliveries however old it is. */
    static List<InboxStatus> waiting() {
        return List.copyOf(WAITING);
    }

    /** Records the newest stored row of one content; a row that may still absorb deliveries does. */
    void found(String accountCode, String payloadHash, Stored newest) {
        Group group = groups.get(accountCode + ':' + payloadHash);
        if (group != null && absorbs(newest)) {
            if (reopens(newest)) {
                group.reopened(newest.id());
            } else {
                group.absorbedBy(newest.id());
            }
        }
    }

    /** A processed row whose document had another event since: the copy reports a change its fetch did not see. */
    static boolean reopens(Stored row) {
        return row.status() == InboxStatus.DONE && row.followedInDocument();
    }

    private boolean absorbs(Stored row) {
        return WAITING.contains(row.status()) || row.receivedAt().isAfter(now.minus(window));
    }

    /** Groups in ordinal order. */
    List<Group> groups() {
        return List.copyOf(groups.values());
    }

    /** Groups that need a row of their own, in a stable order. */
    List<Group> toInsert() {
        return groups.values().stream().filter(g -> !g.duplicate).toList();
    }

    List<Group> toCount() {
        return groups.values().stream().filter(g -> g.duplicate).toList();
    }

    /** The first event of the batch that was stored (or re-opened) to be processed, if any. */
    Optional<Long> firstAccepted() {
        return groups.values().stream().filter(g -> g.reopened || !g.duplicate && g.event.handled())
                .map(g -> g.eventId).findFirst();
    }

    /** One receipt per event, in the order the events were given. */
    List<Receipt> receipts() {
        Receipt[] receipts = new Receipt[size];
        for (Group group : groups.values()) {
            for (int n = 0; n < group.positions.size(); n++) {
                Receipt.Outcome outcome = group.reopened && n == 0 ? Receipt.Outcome.ACCEPTED
                        : group.duplicate || n > 0 ? Receipt.Outcome.DUPLICATE
                        : group.event.handled() ? Receipt.Outcome.ACCEPTED : Receipt.Outcome.IGNORED;
                receipts[group.positions.get(n)] = new Receipt(outcome, group.eventId);
            }
        }
        return List.of(receipts);
    }
}
