package io.dearbridge.admin;

import io.dearbridge.account.CallerAccounts;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed in, what they may do, and signing out. */
@Named("operator")
@RequestScoped
public class Session {

    @Inject
    CallerAccounts callerAccounts;

    public String getName() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    /** Only admins see action buttons; the services refuse everyone else in any case. */
    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("admin");
    }

    /** An admin with all accounts: manages users (the users page). */
    public boolean isManager() {
        return isAdmin() && callerAccounts.scope().all();
    }

    public String getRole() {
        return isAdmin() ? "admin" : "viewer";
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
