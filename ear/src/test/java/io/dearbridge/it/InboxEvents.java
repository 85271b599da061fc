package io.dearbridge.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

/** The bridge's inbox rows of the events under test, read from its database. */
public final class InboxEvents {

    /** The statuses an event leaves only by being processed. */
    private static final Set<String> WAITING = Set.of("RECEIVED", "PROCESSING", "RETRY");

    /** One inbox row. */
    public record Event(long id, String eventType, String documentId, String documentTaskId, String status, int deliveries,
                        String payload) {

        public boolean settled() {
            return !WAITING.contains(status);
        }
    }

    private static final String COLUMNS = "select id, event_type, document_id, document_task_id, status, deliveries, payload"
            + " from inbox_event";

    private InboxEvents() {
    }

    /** The event id the webhook receiver answered with (a 200 is asserted). */
    public static long eventId(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("the webhook answered " + response.statusCode() + ": " + response.body());
        }
        return Http.<JsonObject>json(response).getJsonNumber("eventId").longValue();
    }

    /** The event's row, or null if there is none. */
    public static Event event(long id) {
        List<Event> events = query(COLUMNS + " where id = ?", id);
        return events.isEmpty() ? null : events.get(0);
    }

    /**
     * The events stored after the given id, oldest first. Ids come from an identity without a cache, so with
     * {@link #lastId()} read before a request, every row the request stored is among these.
     */
    public static List<Event> storedAfter(long id) {
        return query(COLUMNS + " where id > ? order by id", id);
    }

    /** The highest inbox event id so far (0 when there is none). */
    public static long lastId() {
        return ItDatabase.count("select coalesce(max(id), 0) from inbox_event");
    }

    /** Waits until the event has the status; answers its row. */
    public static Event awaitStatus(long id, String status) {
        return Await.await("inbox event " + id + " " + status, () -> {
            Event event = event(id);
            return event != null && event.status().equals(status) ? event : null;
        });
    }

    /** Waits until DEAR's webhooks about a sale (the import and the stage echoes) are all processed. */
    public static void awaitSaleSettled(String saleId, int events) {
        String id = saleId.toLowerCase();
        Await.awaitTrue(events + " inbox events of the sale processed", () -> {
            List<Event> ofSale = query(COLUMNS + " where document_id = ? or document_task_id = ?", id, id);
            return ofSale.stream().filter(e -> e.status().equals("DONE")).count() >= events
                    && ofSale.stream().allMatch(Event::settled);
        });
    }

    private static List<Event> query(String sql, Object... parameters) {
        return ItDatabase.query(sql, row -> new Event(row.getLong("id"), row.getString("event_type"),
                row.getString("document_id"), row.getString("document_task_id"), row.getString("status"),
                row.getInt("deliveries"), row.getString("payload")), parameters);
    }
}
