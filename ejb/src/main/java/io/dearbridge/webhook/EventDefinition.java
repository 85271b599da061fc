package io.dearbridge.webhook;

import io.dearbridge.domain.inbox.DocumentKind;
import java.util.List;

/**
 * What a DEAR webhook type is about and where its thin payload names it (docs/dear-api.md §2.6): the document kind,
 * the field holding the document's DEAR id (null when the type carries none), the field holding the task that was
 * authorised, and the fields that may hold the document's number, first found wins. The receiver reads the
 * identifiers from here, so a new document flow adds definitions rather than code that knows its payload.
 */
public record EventDefinition(DocumentKind kind, String idField, String taskIdField, List<String> numberFields) {

    public EventDefinition {
        numberFields = List.copyOf(numberFields);
    }

    /** The field a handled event must carry a GUID in, for the warning about a body without it. */
    public String identifierFields() {
        return idField == null ? taskIdField : taskIdField == null ? idField : idField + " or " + taskIdField;
    }
}
