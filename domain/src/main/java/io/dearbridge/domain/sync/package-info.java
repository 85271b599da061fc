/** What inbox events and outbox commands share: failure kinds, the retry policy and the trail of attempts. */
package io.dearbridge.domain.sync;
