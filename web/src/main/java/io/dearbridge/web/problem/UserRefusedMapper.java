package io.dearbridge.web.problem;

import io.dearbridge.account.UserRefused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused change to a user (users API), answered with its status; the message never carries a password. */
@Provider
public class UserRefusedMapper implements ExceptionMapper<UserRefused> {

    @Override
    public Response toResponse(UserRefused refused) {
        return Problem.of(refused.status(), refused.getMessage()).toResponse();
    }
}
