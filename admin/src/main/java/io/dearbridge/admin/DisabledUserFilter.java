package io.dearbridge.admin;

import io.dearbridge.account.CallerAccounts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the console session of a user who was disabled (or removed) since signing in: the form login's session
 * would otherwise outlive the change. Checked on every signed-in request (one primary-key read).
 */
@WebFilter("/*")
public class DisabledUserFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerAccounts callerAccounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null && !callerAccounts.enabled()) {
            HttpSession session = request.getSession(false);
            request.logout();
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
