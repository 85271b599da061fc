package io.dearbridge.web;

import io.dearbridge.account.BasicAuthModule;
import io.dearbridge.account.BasicCredentials;
import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Puts {@link BasicAuthModule} in front of this WAR only (Jakarta Authentication 3's per-context registration): the
 * server then uses it instead of web.xml's BASIC login-config; the console keeps its FORM login.
 */
@WebListener
public class BasicLoginRegistration implements ServletContextListener {

    /** As web.xml's login-config. */
    private static final String REALM = "DEAR Bridge";

    @Inject
    BasicCredentials credentials;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory()
                .registerServerAuthModule(new BasicAuthModule(credentials, REALM), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
