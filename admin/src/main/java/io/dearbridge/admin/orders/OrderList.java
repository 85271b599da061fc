package io.dearbridge.admin.orders;

import io.dearbridge.console.ConsoleOrders;
import io.dearbridge.console.OrderRow;
import io.dearbridge.console.OrderSearch;
import io.dearbridge.domain.order.OrderStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The order list: account, status, sale order number and 'stuck' filters over a lazy page. */
@Named("orders")
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleOrders queries;

    private String account;
    private String status;
    private String number;
    private boolean stuckOnly;
    private LazyDataModel<OrderRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) queries.count(search());
            }

            @Override
            public List<OrderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
                SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
                return queries.page(search(), first, pageSize, sort == null ? null : sort.getField(),
                        sort != null && sort.getOrder() == SortOrder.ASCENDING);
            }

            @Override
            public String getRowKey(OrderRow row) {
                return String.valueOf(row.id());
            }
        };
    }

    private OrderSearch search() {
        return new OrderSearch(account, status, number, stuckOnly);
    }

    /** A new search starts on its first page. */
    public void apply() {
        io.dearbridge.admin.FirstPage.reset("f:table");
    }

    public void clearFilters() {
        apply();
        account = null;
        status = null;
        number = null;
        stuckOnly = false;
    }

    public List<String> getStatuses() {
        return Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
    }

    public LazyDataModel<OrderRow> getRows() { return rows; }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public boolean isStuckOnly() { return stuckOnly; }
    public void setStuckOnly(boolean stuckOnly) { this.stuckOnly = stuckOnly; }
}
