package io.dearbridge.account;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SecurityConstraint;
import io.undertow.servlet.api.ServletSessionConfig;
import io.undertow.servlet.api.TransportGuaranteeType;
import io.undertow.servlet.api.WebResourceCollection;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Undertow set-up of the web modules (registered in each WAR's META-INF/services), in front of the container's
 * security handlers, which check the password (the console's form login by the jdbc-realm's bcrypt, the API's Basic by
 * {@link BasicAuthModule}, bcrypt once per password and hash):
 * <ul>
 * <li>login throttling ({@link LoginThrottle}): a locked user name or source gets 429 with Retry-After on the API and
 * the console's generic "sign-in failed" page, without its password being checked; the outcome of every checked
 * attempt (401 on the API, no redirect from {@code j_security_check}) is counted;</li>
 * <li>outside demo mode ({@link TransportPolicy}): every constraint CONFIDENTIAL (HTTP is redirected to the HTTPS
 * port, or refused where there is none), the session cookie {@code Secure}, and HSTS on every answer.</li>
 * </ul>
 * Hand-written because Elytron has no failed-login throttle (docs/tls.md, "Login hardening"). A locked attempt never
 * reaches the verified-credential cache either, so a throttled guess costs nothing there.
 */
public class LoginGuard implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class.getName());
    private static final HttpString RETRY_AFTER = new HttpString("Retry-After");
    private static final HttpString HSTS = new HttpString("Strict-Transport-Security");
    private static final String HSTS_VALUE = "max-age=31536000";
    private static final String API_PREFIX = "/api/v1/";
    private static final String FORM_ACTION = "/j_security_check";

    private static volatile LoginThrottle throttle;

    /** The node's throttle, shared by both web modules (this class lives in the EAR's ejb module). */
    public static LoginThrottle throttle(Config config) {
        LoginThrottle current = throttle;
        if (current == null) {
            synchronized (LoginGuard.class) {
                if (throttle == null) {
                    throttle = new LoginThrottle(
                            config.getOptionalValue("dearbridge.login.max-failures", Integer.class).orElse(5),
                            config.getOptionalValue("dearbridge.login.max-source-failures", Integer.class).orElse(50),
                            config.getOptionalValue("dearbridge.login.failure-window", Duration.class)
                                    .orElse(Duration.ofMinutes(15)));
                }
                current = throttle;
            }
        }
        return current;
    }

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        Config config = ConfigProvider.getConfig(deployment.getClassLoader());
        LoginThrottle guard = throttle(config);
        boolean production = !TransportPolicy.plainHttpAllowed(key -> config.getOptionalValue(key, String.class));
        if (production) {
            requireHttps(deployment);
        }
        String failedPage = deployment.getContextPath() + "/login-failed.xhtml";
        deployment.addOuterHandlerChainWrapper(next -> new GuardHandler(next, guard, production, failedPage));
    }

    /** CONFIDENTIAL on every constraint, and on whatever no constraint covers. */
    private static void requireHttps(DeploymentInfo deployment) {
        boolean coversAll = false;
        for (SecurityConstraint constraint : deployment.getSecurityConstraints()) {
            constraint.setTransportGuaranteeType(TransportGuaranteeType.CONFIDENTIAL);
            coversAll |= constraint.getWebResourceCollections().stream()
                    .anyMatch(c -> c.getUrlPatterns().contains("/*"));
        }
        if (!coversAll) {
            // Only where no constraint has /* of its own: one without roles on the same pattern would open it.
            deployment.addSecurityConstraint(new SecurityConstraint()
                    .setTransportGuaranteeType(TransportGuaranteeType.CONFIDENTIAL)
                    .addWebResourceCollection(new WebResourceCollection().addUrlPattern("/*")));
        }
        if (deployment.getServletSessionConfig() == null) {
            deployment.setServletSessionConfig(new ServletSessionConfig());
        }
        deployment.getServletSessionConfig().setSecure(true);
        LOG.info(() -> deployment.getContextPath() + ": HTTPS required (CONFIDENTIAL, Secure cookie, HSTS)");
    }

    private static final class GuardHandler implements HttpHandler {

        private final HttpHandler next;
        private final LoginThrottle throttle;
        private final boolean production;
        private final String failedPage;

        GuardHandler(HttpHandler next, LoginThrottle throttle, boolean production, String failedPage) {
            this.next = next;
            this.throttle = throttle;
            this.production = production;
            this.failedPage = failedPage;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (production) {
                exchange.getResponseHeaders().put(HSTS, HSTS_VALUE);
            }
            Attempt attempt = attempt(exchange);
            if (attempt == null) {
                next.handleRequest(exchange);
                return;
            }
            String source = source(exchange);
            Optional<Duration> lock = throttle.locked(attempt.username(), source, Instant.now());
            if (lock.isPresent()) {
                refuse(exchange, attempt, lock.get());
                return;
            }
            // Counted when the answer's status is committed, before the client can read it and try again.
            exchange.addResponseCommitListener(done -> {
                boolean failed = attempt.form() ? !isRedirect(done.getStatusCode()) : done.getStatusCode() == 401;
                if (failed) {
                    throttle.failed(attempt.username(), source, Instant.now());
                } else {
                    throttle.succeeded(attempt.username());
                }
            });
            next.handleRequest(exchange);
        }

        private static boolean isRedirect(int status) {
            return status == 302 || status == 303;
        }

        /** The user name a request tries to log in as: Basic on the API, the form post on the console. */
        private static Attempt attempt(HttpServerExchange exchange) {
            String path = exchange.getRelativePath();
            if (path.startsWith(API_PREFIX)) {
                String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
                if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                    return new Attempt(basicUser(header.substring(6).trim()), false);
                }
                return null;
            }
            if (path.endsWith(FORM_ACTION) && Methods.POST.equals(exchange.getRequestMethod())) {
                ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
                String username = context == null ? null : context.getServletRequest().getParameter("j_username");
                return new Attempt(username == null ? "" : username.trim(), true);
            }
            return null;
        }

        private static String basicUser(String encoded) {
            try {
                String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }

        /** The client's address: the listener's proxy-address-forwarding, where on, has put X-Forwarded-For here. */
        private static String source(HttpServerExchange exchange) {
            InetSocketAddress address = exchange.getSourceAddress();
            return address == null || address.getAddress() == null ? "" : address.getAddress().getHostAddress();
        }

        private void refuse(HttpServerExchange exchange, Attempt attempt, Duration wait) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            if (attempt.form()) {
                // The same page as a wrong password: the console says nothing about which it was.
                exchange.setStatusCode(303);
                exchange.getResponseHeaders().put(Headers.LOCATION, failedPage);
                exchange.endExchange();
                return;
            }
            exchange.setStatusCode(429);
            exchange.getResponseHeaders().put(RETRY_AFTER, Long.toString(seconds));
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
            exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many failed logins; try again in " + seconds + " s.\"}");
        }
    }

    private record Attempt(String username, boolean form) {
    }
}
