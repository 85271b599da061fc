/** Integration tests of the dispatch core: what each piece of work spends of an account's DEAR budget. */
package io.dearbridge.it.dispatch;
