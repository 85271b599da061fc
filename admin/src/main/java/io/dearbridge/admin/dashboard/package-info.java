/** The console's start page: counts per state, syncs per hour, and the accounts' webhook subscriptions. */
package io.dearbridge.admin.dashboard;
