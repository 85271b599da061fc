package io.dearbridge.returns;

import io.dearbridge.account.DearAccount;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.returns.ReceivedLine;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;

/**
 * The DEAR calls the returns flow needs, in the domain's words (the wire format stays in
 * {@code io.dearbridge.dear}). Every method throws {@link io.dearbridge.dear.DearCallException} when DEAR gives
 * no usable answer. Credit note writes are not idempotent (docs/dear-api.md §6.1, §7): read the sale first, every time.
 */
public interface DearReturnsGateway {

    /** {@code GET sale}: what a credit note is built from (invoice, prices, location) and the sale's credit notes. */
    SaleForCredit read(DearAccount account, String saleId);

    /**
     * {@code POST sale/creditnote} with the all-zero TaskID: a new AUTHORISED note crediting {@code lines}, with
     * {@code Restock} lines for those going back to stock, and {@code reference} in its Memo.
     */
    CreditNoteAnswer create(DearAccount account, SaleForCredit sale, String reference, List<ReceivedLine> lines);

    /** {@code POST sale/creditnote} with the note's TaskID: the note as DEAR has it, plus the missing restock. */
    CreditNoteAnswer addRestock(DearAccount account, SaleForCredit sale, String taskId, List<ReceivedLine> restock,
                                Map<String, BigDecimal> shortfall);

    /** A sale as read for a credit note; only the adapter knows its DEAR shape. */
    interface SaleForCredit {

        List<SaleSnapshot.CreditNote> creditNotes();

        /** Whether the sale has an AUTHORISED or PAID invoice, which DEAR needs for a credit note (§6.1). */
        boolean invoiced();

        /** An Advanced Sale takes several credit notes; a Simple Sale one (docs/dear-api.md §3.4). */
        boolean advanced();

        /** DEAR's {@code LastModifiedOn} of the sale as read (null if DEAR sent none). */
        java.time.Instant lastModifiedOn();
    }
}
