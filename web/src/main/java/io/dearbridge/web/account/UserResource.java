package io.dearbridge.web.account;

import io.dearbridge.account.BridgeUsers;
import io.dearbridge.account.UserChange;
import io.dearbridge.account.UserView;
import io.dearbridge.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Users for automation, as the console's users page manages them: admins with all accounts only. No answer
 * carries a password or a hash; every change is audited by {@link BridgeUsers}.
 */
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@SecurityRequirement(name = "basic")
@RolesAllowed("admin")
public class UserResource {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    BridgeUsers users;

    @GET
    @Operation(summary = "Every user with roles, accounts ([\"*\"] = all) and whether enabled")
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("{username}")
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView get(@PathParam("username") String username) {
        return users.find(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a user",
            description = "{\"username\", \"password\" (8 to 72 bytes), \"roles\": [admin|viewer|warehouse…],"
                    + " \"accounts\": [codes] or [\"*\"] for all; empty or absent: none}")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A bad name, password, role or account code; nothing changed")
    @APIResponse(responseCode = "409", description = "The user exists")
    public Response add(String json, @Context UriInfo uri) {
        UserBody body = body(json);
        if (body.password == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "password is required.");
        }
        UserView added = users.add(body.username, new UserChange(body.password, false, body.roles,
                body.accounts, body.enabled)).user();
        return Response.created(uri.getAbsolutePathBuilder().path(added.username()).build()).entity(added).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's password, roles, accounts or enabled flag; absent fields stay")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "The change would leave no enabled admin with all accounts")
    public UserView change(@PathParam("username") String username, String json) {
        UserBody body = body(json);
        if (body.username != null && !body.username.equals(username)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A user cannot be renamed.");
        }
        return users.change(username, new UserChange(body.password, false, body.roles, body.accounts,
                body.enabled)).user();
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Disable a user (kept for the audit trail; PUT {\"enabled\": true} enables again)")
    @APIResponse(responseCode = "409", description = "The last enabled admin with all accounts")
    public UserView disable(@PathParam("username") String username) {
        return users.change(username, UserChange.enabled(false)).user();
    }

    private static UserBody body(String json) {
        if (json == null || json.isBlank()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A JSON body is required.");
        }
        try {
            UserBody body = JSONB.fromJson(json, UserBody.class);
            if (body == null) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "A JSON object is required.");
            }
            return body;
        } catch (JsonbException e) {
            // Not the parser's message: it may quote the body, and the body may hold a password.
            throw new ProblemException(Response.Status.BAD_REQUEST, "The body is not a valid user: fields are"
                    + " username, password, roles (array), accounts (array), enabled (true/false).");
        }
    }
}
