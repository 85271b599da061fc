package io.dearbridge.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows times in the operator's own zone: the page template stores the browser's zone in the {@code tz} cookie
 * (Intl API); until then, and for a zone Java does not know, times are UTC and say so.
 */
@Named("zone")
@RequestScoped
public class OperatorZone {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private static final ZoneId UTC = ZoneId.of("UTC");

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = fromCookie();
        }
        return zone;
    }

    public String getName() {
        return zone().getId();
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(zone()).format(instant);
    }

    public String hour(Instant instant) {
        return instant == null ? "" : HOUR.withZone(zone()).format(instant);
    }

    private static ZoneId fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getExternalContext().getRequest() instanceof HttpServletRequest request
                && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("tz".equals(cookie.getName())) {
                    try {
                        return ZoneId.of(java.net.URLDecoder.decode(cookie.getValue(),
                                java.nio.charset.StandardCharsets.UTF_8));
                    } catch (DateTimeException | IllegalArgumentException e) {
                        return UTC;
                    }
                }
            }
        }
        return UTC;
    }
}
