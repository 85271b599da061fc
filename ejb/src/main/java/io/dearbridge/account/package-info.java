/** DEAR accounts from MicroProfile Config: codes, base URLs and credentials that never leave this package unmasked. */
package io.dearbridge.account;
