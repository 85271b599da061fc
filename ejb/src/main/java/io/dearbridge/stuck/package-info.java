/** Stuck orders: a timer flags orders that have waited too long in their stage (on the order, its timeline and in the list). */
package io.dearbridge.stuck;
