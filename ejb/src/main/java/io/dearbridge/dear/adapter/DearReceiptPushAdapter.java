package io.dearbridge.dear.adapter;

import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.model.PurchaseCreditNote;
import io.dearbridge.dear.model.PurchaseCreditNoteLine;
import io.dearbridge.dear.model.PurchaseCreditNoteList;
import io.dearbridge.dear.model.PurchaseCreditNoteUnstock;
import io.dearbridge.dear.model.StockReceivedAdvanced;
import io.dearbridge.dear.model.StockReceivedLine;
import io.dearbridge.dear.model.StockReceivedList;
import io.dearbridge.dear.model.StockReceivedPurchase;
import io.dearbridge.dear.model.StockReceivedTask;
import io.dearbridge.domain.receiving.ArrivalDearLine;
import io.dearbridge.domain.receiving.ArrivalDearTask;
import io.dearbridge.domain.receiving.ArrivalDearView;
import io.dearbridge.domain.receiving.ArrivalPlacement;
import io.dearbridge.domain.receiving.SupplierReturnDearView;
import io.dearbridge.domain.receiving.SupplierReturnRequest;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.receiving.ReceiptPushGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ReceiptPushGateway} over the DEAR client (PURCHASES.md §3, §6): stock received one DEAR place per POST on a
 * Simple purchase, stock then put-away on an Advanced one, purchase credit notes with Unstock lines; the purchase read
 * from the endpoint that serves its type, decided by the document's shape.
 */
@ApplicationScoped
public class DearReceiptPushAdapter implements ReceiptPushGateway {

    private static final String AUTHORISED = "AUTHORISED";
    private static final String DRAFT = "DRAFT";

    @Inject
    DearClient dear;

    @Override
    public Purchase read(DearAccount account, String purchaseId, boolean advancedFirst) {
        StockReceivedPurchase doc;
        if (advancedFirst) {
            doc = dear.purchaseForReceiving(account, purchaseId, true);
            if (doc == null || doc.emptyShell()) {
                doc = dear.purchaseForReceiving(account, purchaseId, false);
            }
        } else {
            try {
                doc = dear.purchaseForReceiving(account, purchaseId, false);
            } catch (DearCallException e) {
                // The one safe, loud signal that the purchase is Advanced now (§1.3 step 3).
                if (e.httpStatus() == null || e.httpStatus() != 400
                        || !e.dearMessage().toLowerCase(Locale.ROOT).contains("does not support advanced")) {
                    throw e;
                }
                doc = dear.purchaseForReceiving(account, purchaseId, true);
            }
        }
        if (doc == null || doc.emptyShell()) {
            throw new DearCallException(FailureKind.PERMANENT, 200, "DEAR answered purchase " + purchaseId
                    + " with an empty document on both endpoints", false, null);
        }
        return new ReadPurchase(purchaseId, doc);
    }

    /** A read purchase in the domain's terms. */
    record ReadPurchase(String purchaseId, StockReceivedPurchase doc) implements Purchase {

        @Override
        public ArrivalDearView forArrival() {
            return new ArrivalDearView(doc.advanced(), "INVOICE".equals(upper(doc.approach())), invoiced().isPresent(),
                    upper(doc.status()).contains("VOIDED"), tasks(doc.stockReceived()), doc.advanced()
                    ? tasks(doc.putAway()) : List.of());
        }

        @Override
        public SupplierReturnDearView forReturn() {
            List<ArrivalDearLine> cards = new ArrayList<>();
            List<StockReceivedTask> stock = doc.advanced() ? doc.putAway() : doc.stockReceived();
            stock.stream().filter(t -> AUTHORISED.equals(upper(t.status())))
                    .forEach(t -> t.lines().forEach(l -> cards.add(line(l))));
            List<SupplierReturnDearView.Note> notes = doc.creditNote().stream()
                    .filter(n -> n.creditNoteNumber() != null || !n.unstock().isEmpty())
                    .map(DearReceiptPushAdapter::note).toList();
            Map<String, SupplierReturnDearView.Price> prices = new LinkedHashMap<>();
            if (doc.order() != null) {
                doc.order().lines().forEach(l -> prices.putIfAbsent(upper(l.sku()), price(l, doc.inventoryAccount())));
            }
            invoiced().ifPresent(i -> i.lines().forEach(l -> prices.put(upper(l.sku()),
                    price(l, doc.inventoryAccount()))));
            String invoiceNumber = invoiced().map(i -> i.invoiceNumber() == null ? "" : i.invoiceNumber())
                    .orElse(null);
            return new SupplierReturnDearView(doc.advanced(), upper(doc.status()).contains("VOIDED"), invoiceNumber,
                    cards, notes, prices);
        }

        /** The first AUTHORISED or PAID invoice (the Invoice-first gate, and what a credit note credits). */
        Optional<StockReceivedPurchase.Invoice> invoiced() {
            return doc.invoice().stream().filter(i -> AUTHORISED.equals(upper(i.status()))
                    || "PAID".equals(upper(i.status()))).findFirst();
        }

        private List<ArrivalDearTask> tasks(List<StockReceivedTask> tasks) {
            return tasks.stream().map(t -> task(t, purchaseId)).toList();
        }
    }

    @Override
    public ArrivalDearTask postSimpleStock(DearAccount account, String purchaseId, List<ArrivalPlacement> lines,
                                           LocalDate received) {
        StockReceivedTask answer = dear.postPurchaseStock(account, new StockReceivedTask(purchaseId, DRAFT,
                lines.stream().map(l -> line(l, received, true)).toList()));
        return task(answer, purchaseId);
    }

    @Override
    public ArrivalDearTask authoriseSimpleStock(DearAccount account, String purchaseId) {
        return task(dear.postPurchaseStock(account, new StockReceivedTask(purchaseId, AUTHORISED, List.of())),
                purchaseId);
    }

    @Override
    public List<ArrivalDearTask> postAdvancedStock(DearAccount account, String purchaseId, String taskId,
                                                   List<ArrivalPlacement> lines, LocalDate received) {
        StockReceivedList answer = dear.postAdvancedPurchaseStock(account, new StockReceivedAdvanced(purchaseId,
                taskId == null ? StockReceivedAdvanced.NEW_TASK : taskId, AUTHORISED,
                lines.stream().map(l -> line(l, received, false)).toList()));
        return answer == null ? List.of() : answer.stockReceiving().stream().map(t -> task(t, purchaseId)).toList();
    }

    @Override
    public List<ArrivalDearTask> putAway(DearAccount account, String purchaseId, String taskId,
                                         List<ArrivalPlacement> lines, LocalDate received) {
        StockReceivedList answer = dear.postAdvancedPurchasePutAway(account, new StockReceivedAdvanced(purchaseId,
                taskId, AUTHORISED, lines.stream().map(l -> line(l, received, true)).toList()));
        return answer == null ? List.of() : answer.putAway().stream().map(t -> task(t, purchaseId)).toList();
    }

    @Override
    public SupplierReturnDearView.Note creditNote(DearAccount account, Purchase purchase, String number,
                                                  List<SupplierReturnRequest> lines,
                                                  List<SupplierReturnDearView.Unstock> unstock, LocalDate date) {
        ReadPurchase read = (ReadPurchase) purchase;
        SupplierReturnDearView view = read.forReturn();
        Instant day = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<PurchaseCreditNoteLine> noteLines = new ArrayList<>();
        for (SupplierReturnRequest l : lines) {
            SupplierReturnDearView.Price p = view.prices().get(upper(l.sku()));
            if (p == null || p.account() == null || p.account().isBlank()) {
                throw new DearCallException(FailureKind.PERMANENT, null, "DEAR's purchase " + read.purchaseId()
                        + " gives no price line with an Account for " + l.sku() + "; a credit note line needs one",
                        false, null);
            }
            noteLines.add(new PurchaseCreditNoteLine(p.productId(), l.sku(), p.name(), l.quantity(), p.price(),
                    p.discount(), null, p.taxRule(), p.account(), l.reason(), null));
        }
        List<PurchaseCreditNoteUnstock> cards = unstock.stream()
                .map(u -> PurchaseCreditNoteUnstock.of(u.cardId(), u.quantity(), day)).toList();
        if (view.advanced()) {
            PurchaseCreditNoteList answer = dear.postAdvancedPurchaseCreditNote(account, new PurchaseCreditNote(
                    read.purchaseId(), StockReceivedAdvanced.NEW_TASK, false, view.invoiceNumber(), number, day,
                    AUTHORISED, noteLines, cards));
            return (answer == null ? List.<PurchaseCreditNote>of() : answer.creditNotes()).stream()
                    .filter(n -> number.equalsIgnoreCase(n.creditNoteNumber())).findFirst()
                    .map(DearReceiptPushAdapter::note)
                    .orElseThrow(() -> new DearCallException(FailureKind.TRANSIENT, 200, "DEAR's answer did not show"
                            + " credit note " + number + "; it is read again before anything is resent", true, null));
        }
        PurchaseCreditNote answer = dear.postPurchaseCreditNote(account, new PurchaseCreditNote(null,
                read.purchaseId(), false, null, number, day, AUTHORISED, noteLines, cards));
        return note(answer == null ? new PurchaseCreditNote(null, read.purchaseId(), null, null, number, day,
                AUTHORISED, noteLines, cards) : answer);
    }

    private static SupplierReturnDearView.Note note(PurchaseCreditNote n) {
        return new SupplierReturnDearView.Note(lower(n.taskId()), n.creditNoteNumber(), n.status(),
                n.unstock().stream().map(u -> new SupplierReturnDearView.Unstock(lower(u.cardId()), u.sku(),
                        u.quantity())).toList());
    }

    private static SupplierReturnDearView.Price price(PurchaseCreditNoteLine l, String inventoryAccount) {
        String account = l.account() != null && !l.account().isBlank() ? l.account() : inventoryAccount;
        return new SupplierReturnDearView.Price(l.productId(), l.name(), l.price(), l.discount(), l.taxRule(), account);
    }

    private static ArrivalDearTask task(StockReceivedTask t, String purchaseId) {
        if (t == null) {
            return new ArrivalDearTask(purchaseId, "NOT AVAILABLE", List.of());
        }
        String id = t.taskId() == null || t.taskId().isBlank() ? purchaseId : t.taskId();
        return new ArrivalDearTask(lower(id), t.status(), t.lines().stream().map(DearReceiptPushAdapter::line).toList());
    }

    private static ArrivalDearLine line(StockReceivedLine l) {
        return new ArrivalDearLine(l.sku(), l.quantity(), l.location(), lower(l.locationId()), l.batchSn(),
                l.expiryDate() == null ? null : LocalDate.ofInstant(l.expiryDate(), ZoneOffset.UTC), lower(l.cardId()));
    }

    /** A line as DEAR takes it; stock lines of an Advanced purchase carry no place (DEAR keeps none, §3.3 item 1). */
    private static StockReceivedLine line(ArrivalPlacement l, LocalDate received, boolean withPlace) {
        return StockReceivedLine.of(received.atStartOfDay(ZoneOffset.UTC).toInstant(), l.sku(), l.quantity(),
                withPlace ? l.placeName() : null, withPlace ? l.placeId() : null, l.batch(),
                l.expiry() == null ? null : l.expiry().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
