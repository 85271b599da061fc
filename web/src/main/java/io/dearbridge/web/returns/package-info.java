/** The warehouse API for returns: list and read them, receive an expected return, record a dock return. */
package io.dearbridge.web.returns;
