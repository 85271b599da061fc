package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.creditnote.CreditNote;
import io.dearbridge.simulator.fulfilment.Fulfilment;
import io.dearbridge.simulator.fulfilment.StageStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The sale-level statuses DEAR derives from its stages (docs/dear-api.md §3.4 and §4.4). Derived on every read rather
 * than stored, so they can never disagree with the stages.
 *
 * Choices where DEAR's reference is silent: a simple sale whose shipment is authorised reads {@code INVOICING} (order
 * authorised, invoice not yet authorised — the documented enum has no "shipped" value); an advanced sale stays
 * {@code ORDERED}/{@code BACKORDERED} until every fulfilment has shipped. An order authorised without allocation
 * ({@code AUTH_NO_ALLOC}) reads {@code ORDERED}: the status table keys ORDERED on an authorised order with the pick
 * not available, and has no value of its own for it, so only {@code Order.Status} tells the two apart.
 */
public final class SaleStatusRollup {

    private SaleStatusRollup() {
    }

    public static String status(Sale sale) {
        if (sale.voided()) {
            return "VOIDED";
        }
        if (!sale.ordered()) {
            return "ORDERING";
        }
        if (sale.creditNotes().stream().anyMatch(c -> "AUTHORISED".equals(c.status()))) {
            return "CREDITED";
        }
        List<Fulfilment> active = sale.activeFulfilments();
        if (Sale.SIMPLE.equals(sale.type()) && active.size() == 1) {
            Fulfilment f = active.get(0);
            if (StageStatus.AUTHORISED.equals(f.shipStatus())) {
                return "INVOICING";
            }
            if (StageStatus.DRAFT.equals(f.shipStatus()) || StageStatus.PARTIALLY_AUTHORISED.equals(f.shipStatus())) {
                return "SHIPPING";
            }
            if (StageStatus.AUTHORISED.equals(f.packStatus())) {
                return "PACKED";
            }
            if (StageStatus.DRAFT.equals(f.packStatus())) {
                return "PACKING";
            }
            if (StageStatus.AUTHORISED.equals(f.pickStatus())) {
                return "PICKED";
            }
            if (StageStatus.DRAFT.equals(f.pickStatus())) {
                return "PICKING";
            }
        } else if ("FULFILLED".equals(fulfilmentStatus(sale))) {
            return "INVOICING";
        }
        return sale.backordered() ? "BACKORDERED" : "ORDERED";
    }

    public static String picking(Sale sale) {
        return combined(sale, Fulfilment::pickStatus, f -> Fulfilment.total(f.pickLines()),
                "PICK", "PICKING");
    }

    public static String packing(Sale sale) {
        return combined(sale, Fulfilment::packStatus, f -> Fulfilment.total(f.packLines()),
                "PACK", "PACKING");
    }

    public static String shipping(Sale sale) {
        String gate = gate(sale);
        if (gate != null) {
            return gate;
        }
        BigDecimal shipped = shippedQuantity(sale);
        boolean draft = sale.activeFulfilments().stream().anyMatch(f -> StageStatus.DRAFT.equals(f.shipStatus()));
        if (shipped.signum() == 0) {
            return draft ? "SHIPPING" : "NOT SHIPPED";
        }
        return shipped.compareTo(sale.orderedTotal()) >= 0 ? "SHIPPED" : "PARTIALLY SHIPPED";
    }

    public static String fulfilmentStatus(Sale sale) {
        if (sale.voided()) {
            return "VOIDED";
        }
        if (!sale.ordered()) {
            return "NOT AVAILABLE";
        }
        BigDecimal shipped = shippedQuantity(sale);
        if (shipped.signum() == 0) {
            return "NOT FULFILLED";
        }
        return shipped.compareTo(sale.orderedTotal()) >= 0 ? "FULFILLED" : "PARTIALLY FULFILLED";
    }

    public static String trackingNumbers(Sale sale) {
        return sale.activeFulfilments().stream()
                .filter(f -> StageStatus.shipDone(f.shipStatus()))
                .flatMap(f -> f.shipLines().stream())
                .map(l -> l.trackingNumber())
                .filter(t -> t != null && !t.isBlank())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    public static String creditNoteStatus(Sale sale) {
        List<CreditNote> notes = sale.creditNotes();
        return notes.isEmpty() ? "NOT AVAILABLE" : notes.get(notes.size() - 1).status();
    }

    /** What a shipment covers is what its fulfilment packed: ship lines carry boxes, not quantities. */
    static BigDecimal shippedQuantity(Sale sale) {
        return sale.activeFulfilments().stream()
                .filter(f -> StageStatus.shipDone(f.shipStatus()))
                .map(f -> Fulfilment.total(f.packLines()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String gate(Sale sale) {
        if (sale.voided()) {
            return "VOIDED";
        }
        return sale.ordered() ? null : "NOT AVAILABLE";
    }

    private static String combined(Sale sale, Function<Fulfilment, String> status,
                                   Function<Fulfilment, BigDecimal> quantity, String verb, String drafting) {
        String gate = gate(sale);
        if (gate != null) {
            return gate;
        }
        Predicate<Fulfilment> authorised = f -> StageStatus.AUTHORISED.equals(status.apply(f));
        BigDecimal done = sale.activeFulfilments().stream().filter(authorised).map(quantity)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean draft = sale.activeFulfilments().stream().anyMatch(f -> StageStatus.DRAFT.equals(status.apply(f)));
        String past = verb + "ED";
        if (done.signum() == 0) {
            return draft ? drafting : "NOT " + past;
        }
        return done.compareTo(sale.orderedTotal()) >= 0 ? past : "PARTIALLY " + past;
    }
}
