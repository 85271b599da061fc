package io.dearbridge.domain.order;


import java.util.List;

/**
 * What recording a stage did: the fulfilment it went to, whether DEAR has to create that fulfilment
 * first, and the new records in the order DEAR must receive them (empty when nothing changed).
 */
public record Recorded(Fulfilment fulfilment, boolean createsFulfilment, List<FulfilmentRecord> records) {

    public Recorded {
        records = List.copyOf(records);
    }

    public boolean changed() {
        return !records.isEmpty();
    }
}
