/** MicroProfile Health checks: readiness (database, migrations, accounts) and liveness. */
package io.dearbridge.health;
