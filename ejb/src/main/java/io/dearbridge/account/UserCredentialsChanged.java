package io.dearbridge.account;

/** A user's password, roles or enabled flag changed: credential caches must forget them. */
public record UserCredentialsChanged(String username) {}
