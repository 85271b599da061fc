package io.dearbridge.receiving;

import io.dearbridge.domain.receiving.ArrivalPlacement;
import io.dearbridge.domain.receiving.SupplierReturnRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a receiving push needs from the database, read before DEAR is called (no transaction held). */
public sealed interface ReceiptPushJob {

    long receiptId();

    String accountCode();

    String purchaseId();

    /** The stored type says Advanced: read that endpoint first (the shape of what DEAR answers decides). */
    boolean advancedFirst();

    /**
     * An arrival: its lines mapped to DEAR places, its task if known, the tasks the receipt's other arrivals hold,
     * and the day it was received (DEAR's line {@code Date}).
     */
    record Arrival(long receiptId, long arrivalId, String accountCode, String purchaseId, boolean advancedFirst,
                   String reference, List<ArrivalPlacement> lines, String ownTask, Set<String> otherTasks,
                   LocalDate received) implements ReceiptPushJob {
    }

    /** A supplier return: the credit note's number (the return's reference) and its lines. */
    record SupplierReturn(long receiptId, long returnId, String accountCode, String purchaseId, boolean advancedFirst,
                          String number, List<SupplierReturnRequest> lines, LocalDate requested)
            implements ReceiptPushJob {
    }
}
