package io.dearbridge.admin.orders;

import io.dearbridge.console.ConsoleOrders;
import io.dearbridge.console.OrderDetail;
import io.dearbridge.domain.order.TimelineEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** One order: lines, fulfilments, the timeline (newest first) and its syncs. */
@Named("order")
@RequestScoped
public class OrderPage {

    @Inject
    ConsoleOrders queries;

    private Long id;
    private OrderDetail detail;

    public void load() {
        detail = id == null ? null : queries.find(id).orElse(null);
    }

    public List<TimelineEntry> getTimeline() {
        return detail == null ? List.of() : detail.order().timeline().stream()
                .sorted(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::id).reversed()).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public OrderDetail getDetail() { return detail; }
}
