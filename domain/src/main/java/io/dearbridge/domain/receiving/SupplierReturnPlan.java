package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What is still to be written to DEAR for one supplier return, worked out from what DEAR shows now; read again before
 * every attempt, so a credit note whose answer was lost is found (by the number the bridge gave it) and never sent
 * twice. DEAR raises a purchase credit note only on an AUTHORISED or PAID invoice (PURCHASES.md §6.2): without one the
 * return waits. A Simple purchase takes one credit note: a second is for an operator. The Unstock lines quote the
 * {@code CardID}s of the received stock, taking from each card no more than it holds less what earlier credit notes
 * took from it.
 */
public record SupplierReturnPlan(Step step, SupplierReturnDearView.Note found,
                                 List<SupplierReturnDearView.Unstock> unstock, String why) {

    public enum Step { SEND, DONE, WAIT_INVOICE, BLOCKED }

    public static SupplierReturnPlan of(SupplierReturnDearView dear, String noteNumber,
                                        List<SupplierReturnRequest> lines) {
        Optional<SupplierReturnDearView.Note> own = dear.creditNotes().stream()
                .filter(n -> n.number() != null && n.number().equalsIgnoreCase(noteNumber)).findFirst();
        if (own.isPresent()) {
            return new SupplierReturnPlan(Step.DONE, own.get(), own.get().unstock(), null);
        }
        if (dear.voided()) {
            return blocked("DEAR shows the purchase VOIDED; no credit note can be raised on it");
        }
        if (dear.invoiceNumber() == null) {
            return new SupplierReturnPlan(Step.WAIT_INVOICE, null, List.of(), "DEAR raises a purchase credit note"
                    + " only on an authorised invoice; waiting for DEAR invoice");
        }
        if (!dear.advanced() && dear.creditNotes().stream().anyMatch(n -> !n.voided() && !n.status().isEmpty()
                && !"NOT AVAILABLE".equals(n.status()))) {
            return blocked("This Simple purchase already has a credit note in DEAR, and takes one only: credit the"
                    + " goods in DEAR (or convert the purchase to Advanced there and release this push), then dismiss it");
        }
        Map<String, BigDecimal> used = new HashMap<>();
        dear.creditNotes().stream().filter(n -> !n.voided()).flatMap(n -> n.unstock().stream())
                .filter(u -> u.cardId() != null)
                .forEach(u -> used.merge(u.cardId().toLowerCase(Locale.ROOT), u.quantity(), BigDecimal::add));
        List<SupplierReturnDearView.Unstock> unstock = new ArrayList<>();
        for (SupplierReturnRequest line : lines) {
            BigDecimal need = line.quantity();
            for (ArrivalDearLine card : dear.cards()) {
                if (need.signum() <= 0) {
                    break;
                }
                if (card.cardId() == null || card.sku() == null || !card.sku().equalsIgnoreCase(line.sku())) {
                    continue;
                }
                String id = card.cardId().toLowerCase(Locale.ROOT);
                BigDecimal free = card.quantity().subtract(used.getOrDefault(id, BigDecimal.ZERO));
                BigDecimal take = free.min(need);
                if (take.signum() > 0) {
                    unstock.add(new SupplierReturnDearView.Unstock(card.cardId(), card.sku(), take));
                    used.merge(id, take, BigDecimal::add);
                    need = need.subtract(take);
                }
            }
            if (need.signum() > 0) {
                return blocked("DEAR shows too little received stock of " + line.sku() + " to unstock: "
                        + need.stripTrailingZeros().toPlainString() + " more than its received cards hold (less what"
                        + " earlier credit notes took). Receive it in DEAR first, then replay, or dismiss this push");
            }
        }
        return new SupplierReturnPlan(Step.SEND, null, List.copyOf(unstock), null);
    }

    private static SupplierReturnPlan blocked(String why) {
        return new SupplierReturnPlan(Step.BLOCKED, null, List.of(), why);
    }
}
