/** What operators did in the admin console: who, when, to what and why. */
package io.dearbridge.domain.audit;
