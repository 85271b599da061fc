package io.dearbridge.receiving;

import io.dearbridge.account.DearAccount;
import io.dearbridge.domain.receiving.ArrivalDearTask;
import io.dearbridge.domain.receiving.ArrivalDearView;
import io.dearbridge.domain.receiving.ArrivalPlacement;
import io.dearbridge.domain.receiving.SupplierReturnDearView;
import io.dearbridge.domain.receiving.SupplierReturnRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * The DEAR calls the receiving writes need, in the domain's words (the wire format stays in {@code io.dearbridge.dear};
 * {@code dear.adapter.DearReceiptPushAdapter} implements it). Every method throws
 * {@link io.dearbridge.dear.DearCallException} when DEAR gives no usable answer. None of the writes is idempotent
 * (PURCHASES.md §7): the handler reads the purchase before every attempt and writes only what DEAR does not show.
 */
public interface ReceiptPushGateway {

    /**
     * The purchase document, from the endpoint its stored type suggests first ({@code advancedFirst}); the other one
     * when DEAR answers that endpoint with its "does not support Advanced Purchase" 400 or an empty shell (§1.3).
     */
    Purchase read(DearAccount account, String purchaseId, boolean advancedFirst);

    /** Simple: DRAFT stock-received lines at one DEAR place ({@code POST purchase/stock}); DEAR's document after. */
    ArrivalDearTask postSimpleStock(DearAccount account, String purchaseId, List<ArrivalPlacement> lines,
                                    LocalDate received);

    /** Simple: authorises the stock received (AUTHORISED with empty lines); DEAR's document after. */
    ArrivalDearTask authoriseSimpleStock(DearAccount account, String purchaseId);

    /**
     * Advanced: stock received, AUTHORISED, on {@code taskId} (null: a new task) with {@code lines} (none: only
     * authorise); every receiving task of the purchase after.
     */
    List<ArrivalDearTask> postAdvancedStock(DearAccount account, String purchaseId, String taskId,
                                            List<ArrivalPlacement> lines, LocalDate received);

    /** Advanced: the put-away of {@code taskId} to the bins, AUTHORISED; every put-away task after. */
    List<ArrivalDearTask> putAway(DearAccount account, String purchaseId, String taskId, List<ArrivalPlacement> lines,
                                  LocalDate received);

    /**
     * An AUTHORISED purchase credit note numbered {@code number}, its lines priced from the purchase, its Unstock lines
     * quoting {@code unstock}'s CardIDs; answers the note as DEAR shows it.
     */
    SupplierReturnDearView.Note creditNote(DearAccount account, Purchase purchase, String number,
                                           List<SupplierReturnRequest> lines, List<SupplierReturnDearView.Unstock> unstock,
                                           LocalDate date);

    /** A purchase as read for a push; only the adapter knows its DEAR shape. */
    interface Purchase {

        String purchaseId();

        /** What an arrival's plan needs. */
        ArrivalDearView forArrival();

        /** What a supplier return's plan needs. */
        SupplierReturnDearView forReturn();
    }
}
