/** DEAR's rate limit and the other ways it refuses calls: burst 403s, random failures, injected faults. */
package io.dearbridge.simulator.throttle;
