package io.dearbridge.account;

/** A user after a change, and the password the bridge generated for it (null unless one was), to be shown once. */
public record UserSaved(UserView user, String generatedPassword) {
}
