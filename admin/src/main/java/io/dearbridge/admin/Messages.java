package io.dearbridge.admin;

import io.dearbridge.console.ConsoleActionRefused;
import io.dearbridge.account.UserRefused;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs an operator action and turns its outcome into a message on the page. */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {
    }

    /** Answers whether the action ran; {@code done} (if not null) is then shown. */
    public static boolean run(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                info(done);
            }
            return true;
        } catch (EJBAccessException e) {
            error("Your role does not allow this: replay, release and dismiss need the admin role.");
        } catch (ConsoleActionRefused | UserRefused e) {
            error(e.getMessage());
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof ConsoleActionRefused || cause instanceof UserRefused) {
                error(cause.getMessage());
            } else {
                LOG.log(Level.WARNING, "Operator action failed", e);
                error("That did not work: " + cause.getClass().getSimpleName() + ". Nothing was changed.");
            }
        }
        return false;
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
