package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.purchase.PurchaseStatuses.AUTHORISED;
import static io.dearbridge.simulator.purchase.PurchaseStatuses.DRAFT;
import static io.dearbridge.simulator.purchase.PurchaseStatuses.NOT_AVAILABLE;
import static io.dearbridge.simulator.purchase.PurchaseStatuses.VOIDED;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.stock.Place;
import io.dearbridge.simulator.stock.StockLedger;
import io.dearbridge.simulator.stock.Stockroom;
import io.dearbridge.simulator.time.SimClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * DEAR's purchase rules (PURCHASES.md), for the API and for DEAR users alike. Every refusal is a {@link DearException}
 * thrown before anything changes. Where PURCHASES.md says "unconfirmed" the stricter reading is taken; each such choice
 * is named at its rule and listed in notes/sim-purchases.md.
 */
public final class PurchaseService {

    public static final String DEPRECATED =
            "This endpoint is deprecated and does not support Advanced Purchase and Service Purchase";
    public static final String INVOICE_FIRST =
            "'Invoice First' approach option set. Please authorise Invoice before StockReceived";
    public static final String PUT_AWAY_FIRST = "You need to authorise Stock Receiving first";
    public static final String LINES_INVALID = "Lines is invalid";

    private final SimClock clock;
    private final PurchaseEvents events;
    private final Supplier<String> ids;

    public PurchaseService(SimClock clock, PurchaseEvents events, Supplier<String> ids) {
        this.clock = clock;
        this.events = events;
        this.ids = ids;
    }

    public Supplier<String> ids() {
        return ids;
    }

    public SimClock clock() {
        return clock;
    }

    // ---------------------------------------------------------------- reads

    /** {@code GET purchase?ID=}: simple purchases only; the deprecation 400 for advanced and service (§1.3). */
    public Map<String, Object> getSimple(PurchaseStore store, String id) {
        Purchase p = store.get(id, "ID");
        synchronized (p) {
            requireSimple(p);
            return PurchaseJson.simple(p);
        }
    }

    /**
     * {@code GET advanced-purchase?ID=}: advanced and service purchases. A simple purchase's ID, or the ID of a task,
     * answers 200 with an empty shell, as measured on the live account (§1.3; the newer reference says simple ones are
     * served too; unconfirmed, the simulator takes the reading that breaks clients which trust a 200).
     */
    public Map<String, Object> getAdvanced(PurchaseStore store, String id) {
        if (id == null || id.isBlank()) {
            throw DearException.badRequest("ID is required.");
        }
        Purchase p = store.find(id).orElse(null);
        if (p == null) {
            if (store.byTask(id).isPresent()) {
                return PurchaseJson.emptyShell();
            }
            throw DearException.badRequest("Purchase with ID " + id.trim() + " not found.");
        }
        synchronized (p) {
            return p.simple() ? PurchaseJson.emptyShell() : PurchaseJson.advanced(p);
        }
    }

    /** {@code GET purchase/order?TaskID=}: simple only (for advanced it is unconfirmed; its siblings answer 400). */
    public Map<String, Object> getOrder(PurchaseStore store, String taskId) {
        Purchase p = store.get(taskId, "TaskID");
        synchronized (p) {
            requireSimple(p);
            return PurchaseJson.order(p);
        }
    }

    public Map<String, Object> getSimpleStock(PurchaseStore store, String taskId) {
        Purchase p = store.get(taskId, "TaskID");
        synchronized (p) {
            requireSimple(p);
            return PurchaseJson.simpleStock(p);
        }
    }

    public Map<String, Object> getSimpleInvoice(PurchaseStore store, String taskId) {
        Purchase p = store.get(taskId, "TaskID");
        synchronized (p) {
            requireSimple(p);
            return PurchaseJson.invoice(p, p.tasks().isEmpty() ? null : p.tasks().get(0), false);
        }
    }

    public Map<String, Object> getSimpleCreditNote(PurchaseStore store, String taskId) {
        Purchase p = store.get(taskId, "TaskID");
        synchronized (p) {
            requireSimple(p);
            return PurchaseJson.simpleCreditNote(p, false);
        }
    }

    /** {@code GET advanced-purchase/<stage>?PurchaseID=}: a simple purchase shows no tasks (read, not converted). */
    public Map<String, Object> getAdvancedStage(PurchaseStore store, String purchaseId, String stage) {
        Purchase p = store.get(purchaseId, "PurchaseID");
        synchronized (p) {
            Map<String, Object> m = Json.object();
            m.put("PurchaseID", p.id());
            boolean shown = !p.simple();
            switch (stage) {
                case "stock" -> m.put("StockReceiving", shown ? PurchaseJson.stockTasks(p) : List.of());
                case "put-away" -> m.put("PutAway", shown ? PurchaseJson.putAwayTasks(p) : List.of());
                case "invoice" -> m.put("Invoices", shown ? p.tasks().stream()
                        .map(t -> PurchaseJson.invoice(p, t, false)).toList() : List.of());
                default -> m.put("CreditNotes", shown ? PurchaseJson.advancedCreditNotes(p) : List.of());
            }
            return m;
        }
    }

    // ---------------------------------------------------------------- simple stock received

    /**
     * {@code POST purchase/stock} (§3.2): lines go onto the one stock-received document as DRAFT; {@code AUTHORISED}
     * authorises it, once. One place per POST ({@code Lines is invalid}), Date required, a line whose product, place,
     * batch and expiry are already on the document is the duplicate 400.
     */
    public Map<String, Object> writeSimpleStock(PurchaseStore store, Stockroom room, Map<String, Object> body) {
        Purchase p = store.get(Json.string(body, "TaskID"), "TaskID");
        synchronized (p) {
            requireSimple(p);
            requireReceivable(p);
            PurchaseTask task = p.simpleTask();
            if (!PurchaseStatuses.open(task.stockStatus())) {
                throw DearException.badRequest("Stock Received status must be DRAFT or NOT AVAILABLE to save. Current"
                        + " status: " + task.stockStatus());
            }
            if (p.invoiceFirst() && !task.invoiceAuthorised()) {
                throw DearException.badRequest(INVOICE_FIRST);
            }
            String status = stageStatus(body);
            List<ReceivedLine> lines = PurchaseLines.read(Json.objects(body, "Lines"), p, room.locations(), true,
                    true, ids);
            if (lines.stream().map(l -> l.locationId().toLowerCase()).distinct().count() > 1) {
                throw DearException.badRequest(LINES_INVALID); // [FIELD] one LocationID per POST
            }
            checkDuplicates(task.stockLines(), lines);
            if (AUTHORISED.equals(status) && task.stockLines().isEmpty() && lines.isEmpty()) {
                throw DearException.badRequest("Lines are required to authorise Stock Received.");
            }
            task.stockLines().addAll(lines);
            if (!task.stockLines().isEmpty() && NOT_AVAILABLE.equals(task.stockStatus())) {
                task.stockStatus(DRAFT);
            }
            if (AUTHORISED.equals(status)) {
                task.stockStatus(AUTHORISED);
                task.stockLines().forEach(l -> stockIn(room, l));
            }
            p.touch(clock.now());
            if (AUTHORISED.equals(status)) {
                fire(p, PurchaseEvent.STOCK_RECEIVED_AUTHORISED, p.id());
            }
            return PurchaseJson.simpleStock(p);
        }
    }

    // ---------------------------------------------------------------- advanced stock and put-away

    /**
     * {@code POST/PUT advanced-purchase/stock} (§3.3 stage 1). No TaskID (or the empty GUID) on POST makes a new
     * receiving task with an empty DRAFT invoice ([FIELD] item 5); POST adds lines, PUT overwrites them. The location
     * of a stock line is not stored. Writing here for a simple purchase silently converts it (§1.1).
     */
    public Map<String, Object> writeAdvancedStock(PurchaseStore store, Stockroom room, Map<String, Object> body,
                                                  boolean put) {
        Purchase p = store.get(Json.string(body, "PurchaseID"), "PurchaseID");
        synchronized (p) {
            requireAdvancedWrite(p, "Stock Received");
            requireReceivable(p);
            String taskId = PurchaseLines.trimmed(Json.string(body, "TaskID"));
            boolean fresh = taskId == null || PurchaseJson.EMPTY_GUID.equals(taskId);
            if (fresh && put) {
                throw DearException.badRequest("TaskID is required.");
            }
            PurchaseTask task = fresh ? null : p.task(taskId).orElseThrow(() ->
                    DearException.badRequest("Task with TaskID " + taskId + " not found."));
            if (task != null && !PurchaseStatuses.open(task.stockStatus())
                    && !"PARTIALLY RECEIVED".equals(task.stockStatus())) {
                throw DearException.badRequest("Stock Received status must be DRAFT, NOT AVAILABLE or PARTIALLY"
                        + " RECEIVED to save. Current status: " + task.stockStatus());
            }
            // Invoice first: the task's own invoice; a new task needs an authorised invoice on the purchase
            // (which invoice DEAR checks for a new task is unconfirmed).
            if (p.invoiceFirst() && (task == null ? p.tasks().stream().noneMatch(PurchaseTask::invoiceAuthorised)
                    : !task.invoiceAuthorised())) {
                throw DearException.badRequest(INVOICE_FIRST);
            }
            String status = stageStatus(body);
            List<ReceivedLine> lines = PurchaseLines.read(Json.objects(body, "Lines"), p, room.locations(), false,
                    false, ids);
            boolean wasSimple = p.simple();
            List<ReceivedLine> kept = task == null || put ? List.of()
                    : wasSimple ? withoutPlace(task.stockLines()) : task.stockLines();
            checkDuplicates(kept, lines);
            if (AUTHORISED.equals(status) && kept.isEmpty() && lines.isEmpty()) {
                throw DearException.badRequest("Lines are required to authorise Stock Received.");
            }
            convertIfSimple(p);
            if (wasSimple && task != null) {
                task = p.tasks().get(0); // the same group under its new TaskID
            }
            if (task == null) {
                task = p.addTask(ids.get());
                task.invoiceStatus(DRAFT);
            }
            if (put) {
                task.stockLines().clear();
            }
            task.stockLines().addAll(lines);
            if (!task.stockLines().isEmpty() && NOT_AVAILABLE.equals(task.stockStatus())) {
                task.stockStatus(DRAFT);
            }
            if (AUTHORISED.equals(status)) {
                task.stockStatus(AUTHORISED);
                Place warehouse = warehouse(room, p);
                task.stockLines().forEach(l -> room.stock().receive(l.sku(), warehouse, l.batch(), l.expiry(),
                        l.quantity()));
            }
            p.touch(clock.now());
            if (AUTHORISED.equals(status)) {
                // Fired per receiving task, also for API writes (both unconfirmed, §3.4): a client must stay idempotent.
                fire(p, PurchaseEvent.STOCK_RECEIVED_AUTHORISED, task.taskId());
            }
            return advancedStage(p, "StockReceiving", PurchaseJson.stockTasks(p));
        }
    }

    /**
     * {@code POST advanced-purchase/put-away} (§3.3 stage 2): to the stock task's TaskID (required here), only after
     * that task's stock is authorised, Location or LocationID on every line, several bins per POST allowed. Unconfirmed
     * and taken strictly: no more put away per SKU than the task received, and authorising needs all of it put away.
     * Once the task's invoice lines match its receiving, only AUTHORISED is accepted (newer reference).
     */
    public Map<String, Object> writePutAway(PurchaseStore store, Stockroom room, Map<String, Object> body) {
        Purchase p = store.get(Json.string(body, "PurchaseID"), "PurchaseID");
        synchronized (p) {
            requireAdvancedWrite(p, "Put Away");
            requireReceivable(p);
            String taskId = PurchaseLines.trimmed(Json.string(body, "TaskID"));
            if (taskId == null || PurchaseJson.EMPTY_GUID.equals(taskId)) {
                throw DearException.badRequest("TaskID is required.");
            }
            PurchaseTask task = p.task(taskId).orElseThrow(() ->
                    DearException.badRequest("Task with TaskID " + taskId + " not found."));
            if (!task.stockAuthorised()) {
                throw DearException.badRequest(PUT_AWAY_FIRST);
            }
            if (p.simple()) {
                // Converting would turn its authorised stock into an authorised put-away, which takes no more lines.
                throw DearException.badRequest("Put Away status must be DRAFT or NOT AVAILABLE to save. Current"
                        + " status: AUTHORISED");
            }
            if (!PurchaseStatuses.open(task.putAwayStatus())) {
                throw DearException.badRequest("Put Away status must be DRAFT or NOT AVAILABLE to save. Current status: "
                        + task.putAwayStatus());
            }
            if (p.invoiceFirst() && !task.invoiceAuthorised()) {
                throw DearException.badRequest(INVOICE_FIRST);
            }
            String status = stageStatus(body);
            if (DRAFT.equals(status) && invoiceMatchesReceiving(task)) {
                throw DearException.badRequest("Put Away can only be AUTHORISED when the invoice lines match the"
                        + " receiving.");
            }
            List<ReceivedLine> lines = PurchaseLines.read(Json.objects(body, "Lines"), p, room.locations(), true,
                    true, ids);
            checkDuplicates(task.putAwayLines(), lines);
            Map<String, BigDecimal> received = bySku(task.stockLines());
            List<ReceivedLine> all = new ArrayList<>(task.putAwayLines());
            all.addAll(lines);
            Map<String, BigDecimal> putAway = bySku(all);
            for (Map.Entry<String, BigDecimal> e : putAway.entrySet()) {
                BigDecimal got = received.getOrDefault(e.getKey(), BigDecimal.ZERO);
                if (e.getValue().compareTo(got) > 0) {
                    throw DearException.badRequest("Put Away quantity of " + e.getKey() + " ("
                            + e.getValue().toPlainString() + ") exceeds the quantity received ("
                            + got.toPlainString() + ").");
                }
            }
            if (AUTHORISED.equals(status)) {
                for (Map.Entry<String, BigDecimal> e : received.entrySet()) {
                    BigDecimal put = putAway.getOrDefault(e.getKey(), BigDecimal.ZERO);
                    if (put.compareTo(e.getValue()) != 0) {
                        throw DearException.badRequest("Put Away quantity of " + e.getKey() + " ("
                                + put.toPlainString() + ") must equal the quantity received ("
                                + e.getValue().toPlainString() + ") to authorise.");
                    }
                }
            }
            task.putAwayLines().addAll(lines);
            if (!task.putAwayLines().isEmpty() && NOT_AVAILABLE.equals(task.putAwayStatus())) {
                task.putAwayStatus(DRAFT);
            }
            if (AUTHORISED.equals(status)) {
                task.putAwayStatus(AUTHORISED);
                Place warehouse = warehouse(room, p);
                for (ReceivedLine l : task.putAwayLines()) {
                    room.stock().receive(l.sku(), warehouse, l.batch(), l.expiry(), l.quantity().negate());
                    stockIn(room, l);
                }
            }
            p.touch(clock.now());
            return advancedStage(p, "PutAway", PurchaseJson.putAwayTasks(p));
        }
    }

    /**
     * {@code DELETE advanced-purchase/stock?TaskID=&Void=} (§2.10): void or undo one receiving task; the task stays.
     * Not for simple purchases. Put-away has no undo, so a task whose put-away is authorised is refused (unconfirmed).
     */
    public Map<String, Object> deleteAdvancedStock(PurchaseStore store, Stockroom room, String taskId, boolean voiding) {
        if (taskId == null || taskId.isBlank()) {
            throw DearException.badRequest("TaskID is required.");
        }
        Purchase p = store.find(taskId).or(() -> store.byTask(taskId)).orElseThrow(() ->
                DearException.badRequest("Task with TaskID " + taskId.trim() + " not found."));
        synchronized (p) {
            if (p.simple()) {
                throw DearException.badRequest("DELETE is not available for Simple Purchases.");
            }
            PurchaseTask task = p.task(taskId).orElseThrow(() ->
                    DearException.badRequest("Task with TaskID " + taskId.trim() + " not found."));
            if (p.voided() || VOIDED.equals(task.stockStatus())) {
                throw DearException.badRequest("Stock Received is voided.");
            }
            if (task.putAwayAuthorised()) {
                throw DearException.badRequest("Put Away is authorised and cannot be undone.");
            }
            if (!voiding && !task.stockAuthorised()) {
                throw DearException.badRequest("Stock Received is not authorised; there is nothing to undo.");
            }
            if (task.stockAuthorised()) {
                Place warehouse = warehouse(room, p);
                task.stockLines().forEach(l -> room.stock().receive(l.sku(), warehouse, l.batch(), l.expiry(),
                        l.quantity().negate()));
            }
            task.putAwayLines().clear();
            task.putAwayStatus(voiding ? VOIDED : NOT_AVAILABLE);
            task.stockStatus(voiding ? VOIDED : DRAFT);
            p.touch(clock.now());
            return advancedStage(p, "StockReceiving", PurchaseJson.stockTasks(p));
        }
    }

    // ---------------------------------------------------------------- credit notes

    /** {@code POST purchase/creditnote} (§6): simple purchases, one credit note, on an authorised invoice only. */
    public Map<String, Object> writeSimpleCreditNote(PurchaseStore store, Stockroom room, Map<String, Object> body) {
        Purchase p = store.get(Json.string(body, "TaskID"), "TaskID");
        synchronized (p) {
            requireSimple(p);
            requireNotVoided(p);
            PurchaseTask task = p.tasks().isEmpty() ? null : p.tasks().get(0);
            if (task == null || !task.invoiceAuthorised()) {
                throw DearException.badRequest(NO_INVOICE);
            }
            PurchaseCreditNote note = p.creditNotes().isEmpty() ? null : p.creditNotes().get(0);
            writeCreditNote(p, room, note, body, p.id(), null);
            return PurchaseJson.simpleCreditNote(p, false);
        }
    }

    private static final String NO_INVOICE = "Invoice must be AUTHORISED before a Credit Note can be created.";

    /**
     * {@code POST advanced-purchase/creditnote} (§6): no TaskID or the empty GUID makes a new credit note;
     * {@code CreditNoteInvoiceNumber} must name an authorised invoice of the purchase (required; unconfirmed).
     */
    public Map<String, Object> writeAdvancedCreditNote(PurchaseStore store, Stockroom room, Map<String, Object> body) {
        Purchase p = store.get(Json.string(body, "PurchaseID"), "PurchaseID");
        synchronized (p) {
            requireAdvancedWrite(p, "Credit Note");
            requireNotVoided(p);
            if (p.tasks().stream().noneMatch(PurchaseTask::invoiceAuthorised)) {
                throw DearException.badRequest(NO_INVOICE);
            }
            String invoiceNumber = PurchaseLines.trimmed(Json.string(body, "CreditNoteInvoiceNumber"));
            if (invoiceNumber == null) {
                throw DearException.badRequest("'CreditNoteInvoiceNumber' is required.");
            }
            if (p.tasks().stream().noneMatch(t -> t.invoiceAuthorised() && invoiceNumber.equalsIgnoreCase(
                    t.invoiceNumber()))) {
                throw DearException.badRequest("Invoice " + invoiceNumber + " is not an authorised invoice of this"
                        + " purchase.");
            }
            String taskId = PurchaseLines.trimmed(Json.string(body, "TaskID"));
            boolean fresh = taskId == null || PurchaseJson.EMPTY_GUID.equals(taskId);
            PurchaseCreditNote note = fresh ? null : p.creditNote(taskId).orElseThrow(() ->
                    DearException.badRequest("Credit Note with TaskID " + taskId + " not found."));
            List<Map<String, Object>> quoted = Json.objects(body, "Unstock");
            if (p.simple() && !quoted.isEmpty()) {
                // Converting gives the stock new (put-away) CardIDs, so no card quoted now can name it.
                throw DearException.badRequest("Card with CardID " + Json.string(quoted.get(0), "CardID")
                        + " was not found in the received stock of this purchase.");
            }
            convertIfSimple(p);
            writeCreditNote(p, room, note, body, fresh ? ids.get() : note.taskId(), invoiceNumber);
            return advancedStage(p, "CreditNotes", PurchaseJson.advancedCreditNotes(p));
        }
    }

    /** Checks everything first, then writes: a new note is only added once the body passed. */
    private void writeCreditNote(Purchase p, Stockroom room, PurchaseCreditNote existing, Map<String, Object> body,
                                 String taskId, String invoiceNumber) {
        if (existing != null && !PurchaseStatuses.open(existing.status())) {
            throw DearException.badRequest("Credit Note status must be DRAFT or NOT AVAILABLE to save. Current"
                    + " status: " + existing.status());
        }
        String number = PurchaseLines.trimmed(Json.string(body, "CreditNoteNumber"));
        if (number == null) {
            throw DearException.badRequest("'CreditNoteNumber' is required.");
        }
        String status = stageStatus(body);
        String dateText = PurchaseLines.trimmed(Json.string(body, "CreditNoteDate"));
        String date = io.dearbridge.simulator.time.DearDates.date(dateText == null ? today()
                : io.dearbridge.simulator.time.DearDates.parseDate(dateText, "CreditNoteDate"));
        List<Map<String, Object>> lines = creditLines(p, Json.objects(body, "Lines"));
        List<PurchaseCreditNote.Unstock> unstock = unstockLines(p, existing, Json.objects(body, "Unstock"));
        List<Map<String, Object>> finalLines = !lines.isEmpty() ? lines
                : existing == null ? List.of() : existing.lines();
        List<PurchaseCreditNote.Unstock> finalUnstock = !unstock.isEmpty() ? unstock
                : existing == null ? List.of() : existing.unstock();
        if (AUTHORISED.equals(status) && finalLines.isEmpty()) {
            throw DearException.badRequest("Lines are required to authorise a Credit Note.");
        }
        List<StockLedger.Move> moves = finalUnstock.stream().map(u -> new StockLedger.Move(u.card().sku(),
                u.card().location(), u.card().batch(), u.card().expiry(), u.quantity())).toList();
        if (AUTHORISED.equals(status)) {
            room.stock().check(moves);
        }
        PurchaseCreditNote note = existing;
        if (note == null) {
            note = new PurchaseCreditNote(taskId);
            p.creditNotes().add(note);
        }
        note.header(number, invoiceNumber, date);
        note.lines(finalLines);
        if (finalUnstock != note.unstock()) {
            note.unstock().clear();
            note.unstock().addAll(finalUnstock);
        }
        note.status(status);
        if (AUTHORISED.equals(status)) {
            room.stock().take(moves);
        }
        p.touch(clock.now());
        if (AUTHORISED.equals(status)) {
            fire(p, PurchaseEvent.CREDIT_NOTE_AUTHORISED, note.taskId());
        }
    }

    private static List<Map<String, Object>> creditLines(Purchase p, List<Map<String, Object>> body) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> l : body) {
            PurchaseLines.Product product = PurchaseLines.product(p, Json.string(l, "ProductID"),
                    Json.string(l, "SKU"));
            BigDecimal q = PurchaseLines.quantity(l, "Lines");
            String account = PurchaseLines.trimmed(Json.string(l, "Account"));
            if (account == null) {
                throw DearException.badRequest("'Account' is required for 'Lines' line");
            }
            BigDecimal price = Json.decimal(l, "Price");
            BigDecimal unit = price == null ? p.line(product.sku()).map(PurchaseLine::price).orElse(BigDecimal.ZERO)
                    : price;
            Map<String, Object> m = Json.object();
            m.put("ProductID", product.id());
            m.put("SKU", product.sku());
            m.put("Name", product.name());
            m.put("Quantity", q);
            m.put("Price", unit);
            m.put("Discount", 0);
            m.put("Tax", 0);
            m.put("TaxRule", "Tax on Purchases");
            m.put("Account", account);
            m.put("Comment", Json.string(l, "Comment"));
            m.put("Total", q.multiply(unit));
            out.add(m);
        }
        return out;
    }

    /**
     * Unstock lines quote a CardID (required) of this purchase's stock: an authorised simple stock line's, or an
     * authorised advanced put-away line's (§6.1); other cards, e.g. an advanced stock line's, are refused. A card gives
     * no more than it received minus what other authorised credit notes took.
     */
    private static List<PurchaseCreditNote.Unstock> unstockLines(Purchase p, PurchaseCreditNote self,
                                                                 List<Map<String, Object>> body) {
        List<ReceivedLine> cards = p.stockedCards();
        Map<String, BigDecimal> taken = new HashMap<>();
        for (PurchaseCreditNote c : p.creditNotes()) {
            if (c != self && c.authorised()) {
                c.unstock().forEach(u -> taken.merge(u.card().cardId().toLowerCase(), u.quantity(), BigDecimal::add));
            }
        }
        List<PurchaseCreditNote.Unstock> out = new ArrayList<>();
        for (Map<String, Object> l : body) {
            String cardId = PurchaseLines.trimmed(Json.string(l, "CardID"));
            if (cardId == null) {
                throw DearException.badRequest("'CardID' is required for 'Unstock' line");
            }
            ReceivedLine card = cards.stream().filter(c -> c.cardId().equalsIgnoreCase(cardId)).findFirst()
                    .orElseThrow(() -> DearException.badRequest("Card with CardID " + cardId
                            + " was not found in the received stock of this purchase."));
            BigDecimal q = PurchaseLines.quantity(l, "Unstock");
            BigDecimal sum = taken.merge(card.cardId().toLowerCase(), q, BigDecimal::add);
            if (sum.compareTo(card.quantity()) > 0) {
                throw DearException.badRequest("Unstock quantity for CardID " + cardId + " ("
                        + sum.toPlainString() + ") exceeds the quantity received on the card ("
                        + card.quantity().toPlainString() + ").");
            }
            String date = PurchaseLines.trimmed(Json.string(l, "Date"));
            out.add(new PurchaseCreditNote.Unstock(card, q, date == null ? null
                    : io.dearbridge.simulator.time.DearDates.date(
                    io.dearbridge.simulator.time.DearDates.parseDate(date, "Date"))));
        }
        return out;
    }

    /** {@code DELETE advanced-purchase/creditnote?TaskID=}: void only, no Void flag (§2.9); stock goes back. */
    public Map<String, Object> voidAdvancedCreditNote(PurchaseStore store, Stockroom room, String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw DearException.badRequest("TaskID is required.");
        }
        Purchase p = store.byTask(taskId).orElseThrow(() ->
                DearException.badRequest("Credit Note with TaskID " + taskId.trim() + " not found."));
        synchronized (p) {
            if (p.simple()) {
                throw DearException.badRequest("DELETE is not available for Simple Purchases.");
            }
            PurchaseCreditNote note = p.creditNote(taskId).orElseThrow(() ->
                    DearException.badRequest("Credit Note with TaskID " + taskId.trim() + " not found."));
            if (VOIDED.equals(note.status())) {
                throw DearException.badRequest("Credit Note is already voided.");
            }
            if (note.authorised()) {
                note.unstock().forEach(u -> room.stock().receive(u.card().sku(), place(room, u.card()),
                        u.card().batch(), u.card().expiry(), u.quantity()));
            }
            note.status(VOIDED);
            p.touch(clock.now());
            return advancedStage(p, "CreditNotes", PurchaseJson.advancedCreditNotes(p));
        }
    }

    // ---------------------------------------------------------------- void / undo

    /**
     * {@code DELETE purchase?ID=&Void=} and {@code DELETE advanced-purchase?ID=&Void=} (§2.10): void for good, or undo
     * back to an order draft where every stage must be authorised again. Stock received comes back out. DEAR documents
     * no webhook for either, so none fires: a client learns of it by polling.
     */
    public Map<String, Object> deletePurchase(PurchaseStore store, Stockroom room, String id, boolean voiding,
                                              boolean advancedPath) {
        Purchase p = store.get(id, "ID");
        synchronized (p) {
            if (!advancedPath) {
                requireSimple(p);
            }
            if (p.voided()) {
                throw DearException.badRequest("Purchase is voided and cannot be changed.");
            }
            if (!voiding && NOT_AVAILABLE.equals(p.orderStatus())) {
                throw DearException.badRequest("Purchase has nothing to undo.");
            }
            reverseStock(p, room);
            for (PurchaseTask t : p.tasks()) {
                if (voiding) {
                    t.stockStatus(VOIDED);
                    t.putAwayStatus(VOIDED);
                    t.invoiceStatus(VOIDED);
                } else {
                    if (t.stockAuthorised()) {
                        t.stockStatus(DRAFT);
                    }
                    t.putAwayLines().clear();
                    t.putAwayStatus(NOT_AVAILABLE);
                    if (PurchaseStatuses.invoiced(t.invoiceStatus())) {
                        t.invoiceStatus(DRAFT);
                    }
                }
            }
            for (PurchaseCreditNote c : p.creditNotes()) {
                c.status(voiding ? VOIDED : DRAFT);
            }
            if (voiding) {
                p.voided(true);
                p.orderStatus(VOIDED);
            } else {
                p.orderStatus(DRAFT);
                p.paymentStatus("UNPAID");
            }
            p.touch(clock.now());
            return p.simple() ? PurchaseJson.simple(p) : PurchaseJson.advanced(p);
        }
    }

    /** Takes out what the purchase put in: received cards less what authorised credit notes already took. */
    private static void reverseStock(Purchase p, Stockroom room) {
        Map<String, BigDecimal> taken = new HashMap<>();
        for (PurchaseCreditNote c : p.creditNotes()) {
            if (c.authorised()) {
                c.unstock().forEach(u -> taken.merge(u.card().cardId(), u.quantity(), BigDecimal::add));
            }
        }
        for (ReceivedLine card : p.stockedCards()) {
            BigDecimal left = card.quantity().subtract(taken.getOrDefault(card.cardId(), BigDecimal.ZERO));
            room.stock().receive(card.sku(), place(room, card), card.batch(), card.expiry(), left.negate());
        }
        if (!p.simple()) {
            Place warehouse = warehouse(room, p);
            for (PurchaseTask t : p.tasks()) {
                if (t.stockAuthorised() && !t.putAwayAuthorised()) {
                    t.stockLines().forEach(l -> room.stock().receive(l.sku(), warehouse, l.batch(), l.expiry(),
                            l.quantity().negate()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- DEAR-user stages

    /** A DEAR user authorises the order (draft to AUTHORISED); fires Purchase/OrderAuthorised. */
    public void authoriseOrder(Purchase p) {
        synchronized (p) {
            requireNotVoided(p);
            if (p.ordered()) {
                throw DearException.badRequest("Order is already authorised.");
            }
            if (p.lines().isEmpty()) {
                throw DearException.badRequest("Order has no lines.");
            }
            p.orderStatus(AUTHORISED);
            p.touch(clock.now());
            fire(p, PurchaseEvent.ORDER_AUTHORISED, p.simple() ? p.id() : p.orderTaskId());
        }
    }

    /**
     * A DEAR user authorises a supplier invoice (§2.8 preconditions: order authorised, invoice DRAFT or NOT AVAILABLE,
     * Stock first needs that task's stock authorised). Simple: the one task. Advanced: the named task, else the first
     * whose invoice is still open, else a new I&R group. {@code lines} (sku, quantity) may differ from the order.
     */
    public PurchaseTask authoriseInvoice(Purchase p, String taskId, List<PurchaseLine> lines) {
        synchronized (p) {
            requireNotVoided(p);
            if (!p.ordered()) {
                throw DearException.badRequest("Order must be AUTHORISED before the Invoice.");
            }
            PurchaseTask task;
            if (p.simple()) {
                task = p.simpleTask();
            } else if (taskId != null) {
                task = p.task(taskId).orElseThrow(() -> DearException.badRequest("Task with TaskID " + taskId
                        + " not found."));
            } else {
                task = p.tasks().stream().filter(t -> PurchaseStatuses.open(t.invoiceStatus())).findFirst()
                        .orElse(null);
            }
            if (task != null && !PurchaseStatuses.open(task.invoiceStatus())) {
                throw DearException.badRequest("Invoice status must be DRAFT or NOT AVAILABLE to save. Current status: "
                        + task.invoiceStatus());
            }
            if (!p.invoiceFirst() && (task == null || !task.stockAuthorised())) {
                throw DearException.badRequest("'Stock First' approach option set. Please authorise StockReceived"
                        + " before Invoice");
            }
            if (task == null) {
                task = p.addTask(ids.get());
            }
            task.invoice(task.invoiceNumber() != null ? task.invoiceNumber() : "INV-" + p.orderNumber().substring(3)
                    + "-" + (task.number() == 0 ? 1 : task.number()), io.dearbridge.simulator.time.DearDates.date(today()),
                    lines == null || lines.isEmpty() ? p.lines() : lines);
            task.invoiceStatus(AUTHORISED);
            p.touch(clock.now());
            events.fire(new PurchaseEvent(p.accountId(), PurchaseEvent.INVOICE_AUTHORISED, task.taskId(),
                    p.orderNumber(), task.invoiceNumber()));
            return task;
        }
    }

    /**
     * A DEAR user converts a simple purchase to advanced; irreversible (§1.1). The one I&R group gets a new TaskID
     * (whether it keeps the purchase ID is unconfirmed), authorised stock becomes an authorised put-away with new
     * CardIDs (as in the vendor example, put-away cards differ from stock cards), and LastUpdatedDate moves (§2.3).
     */
    public void convert(Purchase p) {
        synchronized (p) {
            if (p.advanced()) {
                throw DearException.badRequest("An Advanced Purchase cannot be converted back to a Simple Purchase.");
            }
            if (p.service()) {
                throw DearException.badRequest("A Service Purchase cannot be converted.");
            }
            requireNotVoided(p);
            convertIfSimple(p);
        }
    }

    private void convertIfSimple(Purchase p) {
        if (!p.simple()) {
            return;
        }
        p.type(Purchase.ADVANCED);
        if (!p.tasks().isEmpty()) {
            PurchaseTask old = p.tasks().remove(0);
            PurchaseTask group = old.copyAs(ids.get(), 1);
            List<ReceivedLine> bare = withoutPlace(group.stockLines());
            if (old.stockAuthorised()) {
                Map<String, ReceivedLine> renamed = new HashMap<>();
                for (ReceivedLine l : old.stockLines()) {
                    ReceivedLine card = new ReceivedLine(ids.get(), l.productId(), l.sku(), l.name(), l.quantity(),
                            l.date(), l.location(), l.locationId(), l.batch(), l.expiry(), l.supplierSku());
                    group.putAwayLines().add(card);
                    renamed.put(l.cardId(), card);
                }
                group.putAwayStatus(AUTHORISED);
                // What a credit note already unstocked stays taken from the renamed card.
                for (PurchaseCreditNote c : p.creditNotes()) {
                    List<PurchaseCreditNote.Unstock> moved = c.unstock().stream().map(u -> new PurchaseCreditNote
                            .Unstock(renamed.getOrDefault(u.card().cardId(), u.card()), u.quantity(), u.date()))
                            .toList();
                    c.unstock().clear();
                    c.unstock().addAll(moved);
                }
            }
            group.stockLines().clear();
            group.stockLines().addAll(bare);
            p.tasks().add(0, group);
        }
        p.touch(clock.now());
    }

    /** A payment entered in DEAR: the invoice becomes PAID and LastUpdatedDate moves, without a webhook (§2.3). */
    public void pay(Purchase p, java.time.Instant at) {
        synchronized (p) {
            requireNotVoided(p);
            for (PurchaseTask t : p.tasks()) {
                if (AUTHORISED.equals(t.invoiceStatus())) {
                    t.invoiceStatus(PurchaseStatuses.PAID);
                }
            }
            if (p.tasks().stream().anyMatch(t -> PurchaseStatuses.PAID.equals(t.invoiceStatus()))) {
                p.paymentStatus("PAID");
            }
            p.restamp(at);
        }
    }

    // ---------------------------------------------------------------- helpers

    private void fire(Purchase p, String type, String taskId) {
        events.fire(new PurchaseEvent(p.accountId(), type, taskId, p.orderNumber(), null));
    }

    private static void requireSimple(Purchase p) {
        if (!p.simple()) {
            throw DearException.badRequest(DEPRECATED);
        }
    }

    private static void requireNotVoided(Purchase p) {
        if (p.voided()) {
            throw DearException.badRequest("Purchase is voided and cannot be changed.");
        }
    }

    private static void requireAdvancedWrite(Purchase p, String stage) {
        if (p.service()) {
            throw DearException.badRequest(stage + " is not available for a Service Purchase.");
        }
    }

    /**
     * Order authorised, not voided, not a drop-ship purchase (its goods go straight to the customer; whether DEAR
     * refuses receiving on it is unconfirmed, the simulator does).
     */
    private static void requireReceivable(Purchase p) {
        requireNotVoided(p);
        if (p.service()) {
            throw DearException.badRequest("Stock Received is not available for a Service Purchase.");
        }
        if (p.dropShip()) {
            throw DearException.badRequest("Stock cannot be received on a drop-ship purchase.");
        }
        if (!p.ordered()) {
            throw DearException.badRequest("Order must be AUTHORISED before Stock Received. Current status: "
                    + p.orderStatus());
        }
    }

    private static String stageStatus(Map<String, Object> body) {
        String status = PurchaseLines.trimmed(Json.string(body, "Status"));
        String s = status == null ? null : status.toUpperCase();
        if (!DRAFT.equals(s) && !AUTHORISED.equals(s)) {
            throw DearException.badRequest("Status must be DRAFT or AUTHORISED.");
        }
        return s;
    }

    private static void checkDuplicates(List<ReceivedLine> existing, List<ReceivedLine> added) {
        for (ReceivedLine a : added) {
            for (ReceivedLine e : existing) {
                if (e.duplicateKey().equals(a.duplicateKey())) {
                    throw DearException.badRequest("Cannot add duplicate value in stock received lines. (Product:"
                            + a.sku() + ", Location:" + (a.location() == null ? "" : a.location()) + ")");
                }
            }
        }
    }

    private static List<ReceivedLine> withoutPlace(List<ReceivedLine> lines) {
        return lines.stream().map(l -> new ReceivedLine(l.cardId(), l.productId(), l.sku(), l.name(), l.quantity(),
                l.date(), null, null, l.batch(), l.expiry(), l.supplierSku())).toList();
    }

    private static boolean invoiceMatchesReceiving(PurchaseTask task) {
        if (!task.invoiceAuthorised() || task.stockLines().isEmpty()) {
            return false;
        }
        Map<String, BigDecimal> invoiced = new HashMap<>();
        task.invoiceLines().forEach(l -> invoiced.merge(l.sku().toUpperCase(), l.quantity(), BigDecimal::add));
        Map<String, BigDecimal> received = bySku(task.stockLines());
        if (!invoiced.keySet().equals(received.keySet())) {
            return false;
        }
        return received.entrySet().stream().allMatch(e -> e.getValue().compareTo(invoiced.get(e.getKey())) == 0);
    }

    private static Map<String, BigDecimal> bySku(List<ReceivedLine> lines) {
        Map<String, BigDecimal> m = new HashMap<>();
        lines.forEach(l -> m.merge(l.sku().toUpperCase(), l.quantity(), BigDecimal::add));
        return m;
    }

    private static Map<String, Object> advancedStage(Purchase p, String key, Object tasks) {
        Map<String, Object> m = Json.object();
        m.put("PurchaseID", p.id());
        m.put(key, tasks);
        return m;
    }

    private static void stockIn(Stockroom room, ReceivedLine l) {
        room.stock().receive(l.sku(), place(room, l), l.batch(), l.expiry(), l.quantity());
    }

    private static Place place(Stockroom room, ReceivedLine l) {
        return PurchaseLines.place(room.locations(), l.location(), null);
    }

    /** Where advanced stock sits between its two stages: the purchase's location, no bin (§3.3 item 4). */
    private static Place warehouse(Stockroom room, Purchase p) {
        return new Place(room.locations().ensure(p.location(), p.locationId()), null);
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.now(), java.time.ZoneOffset.UTC);
    }
}
