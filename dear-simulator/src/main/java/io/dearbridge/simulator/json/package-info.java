/** Reading and writing DEAR's PascalCase JSON as plain maps, so the rules stay testable without a JSON provider. */
package io.dearbridge.simulator.json;
