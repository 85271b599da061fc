package io.dearbridge.it.dear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.model.Me;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.TestAccounts;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OverProtocol;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client against the simulator over real HTTP: credentials, and how a bad key is reported. */
@ExtendWith(ArquillianExtension.class)
class DearClientBasicsIT {

    private static final String WRONG_KEY = "00000000-1111-2222-3333-444455556666";

    @Deployment
    @OverProtocol("Servlet 6.0")
    static EnterpriseArchive ear() {
        return Deployments.bridgeEarWith(DearClientBasicsIT.class);
    }

    @Inject
    DearClient dear;

    @Inject
    AccountRegistry accounts;

    @Test
    void meAnswersForTheConfiguredAccount() {
        Me me = dear.me(TestAccounts.demo(accounts));
        assertEquals("Demo Outdoor Co", me.company());
        assertEquals("AUD", me.currency());
    }

    @Test
    void aWrongKeyIsACredentialsFailureThatNamesNoSecret() {
        DearAccount wrong = TestAccounts.withCredentials(TestAccounts.demo(accounts), "it-wrong-key",
                TestAccounts.demo(accounts).accountId().reveal(), WRONG_KEY);
        DearCallException e = assertThrows(DearCallException.class, () -> dear.me(wrong));
        assertEquals(FailureKind.CREDENTIALS, e.kind());
        assertEquals(403, e.httpStatus());
        assertEquals("Incorrect credentials!", e.dearMessage());
        assertFalse(e.getMessage().contains(WRONG_KEY));
        assertFalse(e.toFailure().describe().contains(TestAccounts.demo(accounts).accountId().reveal()));
    }
}
