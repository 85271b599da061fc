package io.dearbridge.web.account;

import io.dearbridge.account.AccountRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = "basic")
public class AccountResource {

    @Inject
    AccountRegistry registry;

    @GET
    @RolesAllowed({"admin", "viewer", "warehouse"})
    @Operation(summary = "The DEAR accounts this bridge serves; credentials are masked")
    public List<AccountView> list() {
        return registry.all().stream().map(AccountView::of).toList();
    }
}
