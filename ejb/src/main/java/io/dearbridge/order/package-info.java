/** Order intake: DEAR sale snapshots become warehouse orders; the warehouse's read side of them. */
package io.dearbridge.order;
