/** Recording the warehouse's pick, pack and ship, with the outbox commands each implies, in one transaction. */
package io.dearbridge.fulfilment;
