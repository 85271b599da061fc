/** The failed-sync list and a sync's detail page, with replay, release and dismiss. */
package io.dearbridge.admin.syncs;
