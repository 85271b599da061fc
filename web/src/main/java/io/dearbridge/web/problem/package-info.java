/** Errors leave the API as RFC 9457 problem+json, with a clear message and never a secret. */
package io.dearbridge.web.problem;
