package io.dearbridge.admin.receipts;

import io.dearbridge.console.ConsoleReceipts;
import io.dearbridge.console.ReceiptRow;
import io.dearbridge.console.ReceiptSearch;
import io.dearbridge.domain.receiving.ReceiptStatus;
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

/** The receipt list: account, status and purchase order number filters over a lazy page. */
@Named("receipts")
@ViewScoped
public class ReceiptList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleReceipts queries;

    private String account;
    private String status;
    private String number;
    private LazyDataModel<ReceiptRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) queries.count(search());
            }

            @Override
            public List<ReceiptRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
                return queries.page(search(), first, pageSize, sort == null ? null : sort.getField(),
                        sort != null && sort.getOrder() == SortOrder.ASCENDING);
            }

            @Override
            public String getRowKey(ReceiptRow row) {
                return String.valueOf(row.id());
            }
        };
    }

    private ReceiptSearch search() {
        return new ReceiptSearch(account, status, number);
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
    }

    public List<String> getStatuses() {
        return Arrays.stream(ReceiptStatus.values()).map(Enum::name).toList();
    }

    public LazyDataModel<ReceiptRow> getRows() { return rows; }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
}
