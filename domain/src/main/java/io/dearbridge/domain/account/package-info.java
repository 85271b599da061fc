/**
 * DEAR accounts (tenants) as the database knows them, their credentials living in configuration only; and the users
 * of the console and API ({@link io.dearbridge.domain.account.BridgeUser}) with the accounts each one sees.
 */
package io.dearbridge.domain.account;
