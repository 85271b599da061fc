/** Time as DEAR writes and reads it, behind a clock the tests can move. */
package io.dearbridge.simulator.time;
