/**
 * MicroProfile Health checks. WildFly finds checks only in an EAR's lib/ jars (WFLY-12835), so this
 * package is built into a jar of its own ({@code ejb-health.jar}) and sees nothing of the EJB module.
 */
package io.dearbridge.health;
