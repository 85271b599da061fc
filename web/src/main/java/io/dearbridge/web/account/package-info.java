/** Read-only view of the configured DEAR accounts, with credentials masked. */
package io.dearbridge.web.account;
