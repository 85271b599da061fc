package io.dearbridge.admin.syncs;

import io.dearbridge.admin.Messages;
import io.dearbridge.console.SyncActions;
import io.dearbridge.console.SyncDetail;
import io.dearbridge.console.SyncDetails;
import io.dearbridge.console.SyncRef;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One sync: its payload (secrets masked), attempts and operator actions, with the actions its state allows. */
@Named("sync")
@ViewScoped
public class SyncPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SyncDetails details;

    @Inject
    SyncActions actions;

    private String ref;
    private SyncDetail detail;
    private String reason;

    /** Called by the page's viewAction with the {@code ref} parameter, e.g. OUTBOX-12. */
    public void load() {
        try {
            detail = ref == null ? null : details.find(SyncRef.parse(ref)).orElse(null);
        } catch (IllegalArgumentException e) {
            detail = null;
        }
    }

    public void replay() {
        Messages.run(() -> actions.replay(detail.ref()), "Replayed " + detail.ref() + ".");
        load();
    }

    public void release() {
        Messages.run(() -> actions.release(detail.ref()), "Released " + detail.ref() + "; it goes to DEAR now.");
        load();
    }

    public void dismiss() {
        Messages.run(() -> actions.dismiss(detail.ref(), reason), "Dismissed " + detail.ref() + ".");
        load();
    }

    public boolean isReplayable() {
        return detail != null && "FAILED".equals(detail.state());
    }

    public boolean isReleasable() {
        return detail != null && "HELD".equals(detail.state());
    }

    public boolean isDismissable() {
        return detail != null && ("FAILED".equals(detail.state())
                || ("HELD".equals(detail.state()) && detail.ref().side().name().equals("OUTBOX")));
    }

    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public SyncDetail getDetail() { return detail; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
