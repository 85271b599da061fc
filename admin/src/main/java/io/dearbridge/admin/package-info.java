/** The operators' console (Jakarta Faces + PrimeFaces): shared page helpers such as the operator's time zone. */
package io.dearbridge.admin;
