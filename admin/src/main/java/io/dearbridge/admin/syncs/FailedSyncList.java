package io.dearbridge.admin.syncs;

import io.dearbridge.admin.FirstPage;
import io.dearbridge.admin.Messages;
import io.dearbridge.console.FailedSyncs;
import io.dearbridge.console.ReplayAll;
import io.dearbridge.console.ReplayRun;
import io.dearbridge.console.SyncActions;
import io.dearbridge.console.SyncFilter;
import io.dearbridge.console.SyncKinds;
import io.dearbridge.console.SyncRef;
import io.dearbridge.console.SyncRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The failed-sync list: filters, a lazy page of rows (the database sorts and pages), selection, and the actions.
 * Actions go through {@link SyncActions}, which refuses anyone but an admin.
 */
@Named("syncs")
@ViewScoped
public class FailedSyncList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FailedSyncs queries;

    @Inject
    SyncActions actions;

    @Inject
    ReplayAll replayAll;

    private String account;
    private String type;
    private String state;
    private String text;
    private List<SyncRow> selected = new ArrayList<>();
    private SyncRow target;
    private String reason;
    private LazyDataModel<SyncRow> rows;
    private String replayRun;

    @PostConstruct
    void init() {
        rows = new Rows();
    }

    /** The lazy model: counts and pages with the current filter. */
    private final class Rows extends LazyDataModel<SyncRow> {

        private static final long serialVersionUID = 1L;

        private List<SyncRow> page = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(filter());
        }

        @Override
        public List<SyncRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            page = queries.page(filter(), first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
            return page;
        }

        @Override
        public String getRowKey(SyncRow row) {
            return row.key();
        }

        @Override
        public SyncRow getRowData(String rowKey) {
            return page.stream().filter(r -> r.key().equals(rowKey)).findFirst()
                    .orElseGet(() -> queries.find(SyncRef.parse(rowKey)).orElse(null));
        }
    }

    public SyncFilter filter() {
        return new SyncFilter(account, type, state, text);
    }

    /** A new filter starts on its first page. */
    public void apply() {
        FirstPage.reset("f:table");
    }

    public void clearFilters() {
        apply();
        account = null;
        type = null;
        state = null;
        text = null;
    }

    public void replay(SyncRow row) {
        Messages.run(() -> actions.replay(row.ref()), "Replayed " + describe(row) + ".");
    }

    public void release(SyncRow row) {
        Messages.run(() -> actions.release(row.ref()), "Released " + describe(row) + "; it goes to DEAR now.");
    }

    public void replaySelected() {
        if (selected == null || selected.isEmpty()) {
            Messages.error("Select the syncs to replay first.");
            return;
        }
        List<SyncRef> refs = selected.stream().map(SyncRow::ref).toList();
        int[] replayed = new int[1];
        if (Messages.run(() -> replayed[0] = actions.replayAll(refs), null)) {
            Messages.info("Replayed " + replayed[0] + " of the " + refs.size()
                    + " selected (only failed syncs are replayed).");
        }
        selected = new ArrayList<>();
    }

    /** Starts the batched replay in the background; the page polls {@link #getReplayProgress}. */
    public void replayMatching() {
        String[] id = new String[1];
        if (Messages.run(() -> id[0] = replayAll.start(filter()), null)) {
            replayRun = id[0];
        }
    }

    /** The running (or last) replay-all's progress, or null when none was started from this page. */
    public String getReplayProgress() {
        return replayRun == null ? null : replayAll.progress(replayRun).map(ReplayRun::summary).orElse(null);
    }

    public boolean isReplayRunning() {
        return replayRun != null && replayAll.progress(replayRun).map(r -> !r.finished()).orElse(false);
    }

    /** Opens the dismiss dialog for a row. */
    public void aim(SyncRow row) {
        target = row;
        reason = null;
    }

    public void dismiss() {
        if (target == null) {
            return;
        }
        SyncRow row = target;
        String why = reason;
        if (Messages.run(() -> actions.dismiss(row.ref(), why), "Dismissed " + describe(row) + ".")) {
            target = null;
            reason = null;
        }
    }

    private static String describe(SyncRow row) {
        return row.kind() + " " + row.ref() + (row.saleOrderNumber() == null ? "" : " of " + row.saleOrderNumber());
    }

    public Map<String, String> getKinds() {
        return SyncKinds.all();
    }

    public List<String> getStates() {
        return FailedSyncs.STATES;
    }

    public List<String> getAccounts() {
        return queries.accounts();
    }

    public LazyDataModel<SyncRow> getRows() {
        return rows;
    }

    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<SyncRow> getSelected() { return selected; }
    public void setSelected(List<SyncRow> selected) { this.selected = selected; }
    public SyncRow getTarget() { return target; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
