/** In-container ITs of the DEAR client against the deployed simulator over real HTTP, and the rate benchmark. */
package io.dearbridge.it.dear;
