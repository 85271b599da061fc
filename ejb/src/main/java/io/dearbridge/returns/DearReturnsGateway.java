package io.dearbridge.returns;

import io.dearbridge.account.DearAccount;
import io.dearbridge.domain.order.PickedBatches;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.returns.ReceivedLine;
import java.util.List;
import java.util.Optional;

/**
 * The DEAR calls the returns flow needs, in the domain's words (the wire format stays in
 * {@code io.dearbridge.dear}). Every method throws {@link io.dearbridge.dear.DearCallException} when DEAR gives
 * no usable answer. Credit note and stock adjustment writes are not idempotent (docs/dear-api.md §6.1, §6.5, §7):
 * read first, every time the outcome of an earlier attempt is unknown.
 */
public interface DearReturnsGateway {

    /** {@code GET sale}: what a credit note is built from (invoice, prices, location) and the sale's credit notes. */
    SaleForCredit read(DearAccount account, String saleId);

    /**
     * {@code POST sale/creditnote} with the all-zero TaskID: a new AUTHORISED note crediting {@code lines} at the
     * sale's prices, tax and currency rate, restocking {@code restock}, with {@code reference} in its Memo.
     */
    CreditNoteAnswer create(DearAccount account, SaleForCredit sale, String reference, List<ReceivedLine> lines,
                            List<RestockItem> restock);

    /**
     * {@code POST stockadjustment}, COMPLETED: puts {@code restock} back into stock, with {@code reference} as its
     * Reference (docs/dear-api.md §6.5). For restock an AUTHORISED credit note lacks, which DEAR no longer lets the
     * note take.
     */
    Adjustment adjustStock(DearAccount account, SaleForCredit sale, String reference, String creditNoteNumber,
                           List<RestockItem> restock);

    /** {@code GET stockadjustmentList}, every page: the adjustment carrying {@code reference}, if DEAR has one. */
    Optional<Adjustment> findAdjustment(DearAccount account, String reference);

    /** A stock adjustment as DEAR has it: its task and number, and DEAR's raw answer. */
    record Adjustment(String taskId, String number, String status, String raw) {
    }

    /** A sale as read for a credit note; only the adapter knows its DEAR shape. */
    interface SaleForCredit {

        List<SaleSnapshot.CreditNote> creditNotes();

        /** Whether the sale has an AUTHORISED or PAID invoice, which DEAR needs for a credit note (§6.1). */
        boolean invoiced();

        /** An Advanced Sale takes several credit notes; a Simple Sale one (docs/dear-api.md §3.4). */
        boolean advanced();

        /** DEAR's {@code LastModifiedOn} of the sale as read (null if DEAR sent none). */
        java.time.Instant lastModifiedOn();

        /** The sale's DEAR location: where goods go back when the account has no location-map. */
        String location();

        /** The batches DEAR's authorised picks took (live fulfilments), whoever picked: the warehouse or DEAR. */
        PickedBatches pickedBatches();

        /** The order line's product id and name for a SKU, when the sale has it. */
        Optional<Product> product(String sku);
    }

    /** What the sale says about a product. */
    record Product(String productId, String sku, String name) {
    }
}
