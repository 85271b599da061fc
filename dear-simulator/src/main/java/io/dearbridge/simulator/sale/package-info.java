/** Sales as DEAR models them (docs/dear-api.md §3): the order, its status roll-ups, saleList, void and undo. */
package io.dearbridge.simulator.sale;
