package io.dearbridge.admin.orders;

import io.dearbridge.admin.Messages;
import io.dearbridge.console.OrderReturns;
import io.dearbridge.console.ReturnActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The returns on the order page, with the one operator action a return can need: DEAR keeps one credit note on a
 * Simple Sale, so a second return there is credited in DEAR by hand and marked done here (audited).
 * View-scoped, so a row's button still finds its row on the postback; the page renders it outside the order's
 * request-scoped panel, which the postback does not reload (a button in there would never be decoded).
 */
@Named("orderReturns")
@ViewScoped
public class OrderReturnsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One return as the page shows it. */
    public record Row(long id, String origin, String reference, String status, String explanation,
                      String creditNote) implements Serializable {
    }

    @Inject
    OrderReturns queries;

    @Inject
    ReturnActions actions;

    private Long orderId;
    private List<Row> rows = List.of();
    private String reason;

    /** Called by the page's viewAction with the order's id. */
    public void load(Long orderId) {
        this.orderId = orderId;
        rows = orderId == null ? List.of() : queries.of(orderId).stream().map(r -> new Row(r.id(), r.origin().name(),
                r.reference(), r.status().name(), r.status().explanation(), r.creditNoteNumber())).toList();
    }

    public void markCreditedInDear(long returnId) {
        if (Messages.run(() -> actions.markCreditedInDear(returnId, reason),
                "Return " + returnId + " marked credited in DEAR.")) {
            reason = null;
        }
        load(orderId);
    }

    public List<Row> getRows() { return rows; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
