/** The bridge's HTTP edge: JAX-RS configuration shared by every resource. */
package io.dearbridge.web;
