/** DEAR's own paths under /ExternalApi/v2. */
package io.dearbridge.simulator.api;
