package io.dearbridge.domain.inbox;

import io.dearbridge.domain.order.StorableText;

/**
 * The DEAR document an event is about, as far as its thin payload says: its kind, its DEAR id, the task that was
 * authorised and the document's number. Any part may be missing; an event of a type nobody defines has no kind.
 */
public record DocumentRef(DocumentKind kind, String id, String taskId, String number) {

    public static final DocumentRef NONE = new DocumentRef(null, null, null, null);

    /** {@code inbox_event.document_number}'s length. */
    public static final int NUMBER_LENGTH = 256;

    /** DEAR's numbers are free text: a longer one is cut to the column with a visible marker, never refused. */
    public DocumentRef {
        number = StorableText.fit(number, NUMBER_LENGTH);
    }

    public static DocumentRef sale(String id, String taskId, String number) {
        return new DocumentRef(DocumentKind.SALE, id, taskId, number);
    }

    public static DocumentRef purchase(String id, String taskId, String number) {
        return new DocumentRef(DocumentKind.PURCHASE, id, taskId, number);
    }

    /** Whether the payload named the document at all (by id or by task). */
    public boolean identified() {
        return id != null || taskId != null;
    }
}
