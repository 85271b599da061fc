package io.dearbridge.account;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * HTTP Basic for the warehouse API as a Jakarta Authentication module, so that the password check is
 * {@link BasicCredentials}' (bcrypt once, then a verified-credential cache) instead of the jdbc-realm's (bcrypt on
 * every request). Only the name is handed to the server: with the application-security-domain's
 * {@code integrated-jaspi} (the default) Elytron loads that identity and its roles from the {@code bridge} domain, so
 * roles, {@code @RolesAllowed} and EJB security are the realm's as before. Elytron's caching-realm was no help: it
 * caches the stored bcrypt credential and still runs bcrypt on each request's password. A custom realm would need a
 * server module; this lives in the application.
 * <p>
 * Like the BASIC mechanism it replaces: credentials that are present are checked on every path (a webhook's Basic
 * user gets its principal on the unconstrained {@code /api/dear/*}), wrong ones answer 401 with the challenge; no
 * credentials pass where the path is not constrained and get the challenge where it is. The 401 goes through
 * {@code sendError}, so web.xml's problem+json error page answers it, and {@link LoginGuard} counts it.
 */
public class BasicAuthModule implements ServerAuthModule {

    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    private static final String BASIC = "Basic ";
    /** What {@code getAuthType()} answers, as under the BASIC login-config. */
    private static final String AUTH_TYPE = "jakarta.servlet.http.authType";

    private final BasicCredentials credentials;
    private final String challenge;
    private CallbackHandler handler;

    public BasicAuthModule(BasicCredentials credentials, String realmName) {
        this.credentials = credentials;
        this.challenge = "Basic realm=\"" + realmName + "\"";
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
            @SuppressWarnings("rawtypes") Map options) {
        // Elytron hands a handler that delegates to the current request's (per thread), so one field serves all.
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    @SuppressWarnings("unchecked") // MessageInfo's map is raw
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)))
                    ? refuse(response) : AuthStatus.SUCCESS;
        }
        String[] userAndPassword = decode(header.substring(BASIC.length()).trim());
        try {
            if (userAndPassword == null || !credentials.accepts(userAndPassword[0], userAndPassword[1])) {
                return refuse(response);
            }
            handler.handle(new Callback[] {new CallerPrincipalCallback(client, userAndPassword[0])});
            message.getMap().put(AUTH_TYPE, HttpServletRequest.BASIC_AUTH);
            return AuthStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException | RuntimeException e) {
            // Elytron answers 500; the cause names no credentials.
            throw (AuthException) new AuthException("Basic login could not be checked").initCause(e);
        }
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }

    private AuthStatus refuse(HttpServletResponse response) throws AuthException {
        response.setHeader("WWW-Authenticate", challenge);
        try {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (IOException e) {
            throw (AuthException) new AuthException("401 could not be sent").initCause(e);
        }
        return AuthStatus.SEND_FAILURE;
    }

    /** {user, password}, or null where the header is not base64 of "user:password". */
    private static String[] decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
