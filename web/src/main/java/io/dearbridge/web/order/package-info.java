/** The warehouse API's read side of orders: list and detail, as JSON views of the domain. */
package io.dearbridge.web.order;
