/**
 * What the admin console reads and does: the failed-sync list with its filters and lazy pages, sync details,
 * and the operator actions (replay, release, dismiss), each audited and written to the order's timeline.
 */
package io.dearbridge.console;
