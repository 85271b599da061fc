/** DEAR's webhooks: authenticate, validate, commit to the inbox, acknowledge. Nothing else on the request thread. */
package io.dearbridge.web.webhook;
