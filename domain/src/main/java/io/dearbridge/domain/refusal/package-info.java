/** What every refusal of a warehouse request shares: its reason, which names the HTTP status the API answers with. */
package io.dearbridge.domain.refusal;
