package io.dearbridge.console;

import io.dearbridge.domain.order.WarehouseOrder;
import java.time.Instant;
import java.util.List;

/** An order as its console page shows it: the loaded order, its syncs both ways, and how often operators acted. */
public record OrderDetail(WarehouseOrder order, List<Sync> syncs, long operatorActions) {

    /** One inbox event or outbox command of the order. */
    public record Sync(SyncRef ref, Instant at, String type, String state, int attempts, String lastError) {

        public String kind() {
            return SyncKinds.label(type);
        }

        public String key() {
            return ref.toString();
        }
    }
}
