/** The inbox: DEAR webhooks stored (group commit) before they are acknowledged, then claimed, handed to their handler and settled. */
package io.dearbridge.inbox;
