/**
 * DEAR accounts from MicroProfile Config: codes, base URLs and credentials that never leave this package unmasked;
 * and {@link io.dearbridge.account.Reconciliation}, the port through which the console reaches an account's
 * reconciliation.
 */
package io.dearbridge.account;
