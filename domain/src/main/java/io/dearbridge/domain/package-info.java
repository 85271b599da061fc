/** The bridge's domain: JPA entities and plain-Java rules, free of EJB, JAX-RS and DEAR's wire format. */
package io.dearbridge.domain;
