#!/usr/bin/env bash
# Adds (or replaces) a user of the bridge's admin console and warehouse API. Prints SQL for the bridge's
# database; pipe it to psql. The hash is a salted bcrypt made by the server's own Elytron.
#   JBOSS_HOME=/opt/wildfly-39.0.1.Final ear/src/main/wildfly/users/bridge-user.sh alice admin | psql "$DEARBRIDGE_DB"
# BRIDGE_USER_COST sets the bcrypt cost (default 10). Roles: admin (operates the bridge), viewer (reads only), warehouse (the warehouse API). Several: admin,warehouse
set -euo pipefail
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly the bridge runs on}"
modules="$JBOSS_HOME/modules/system/layers/base"
cp="$modules/org/wildfly/security/elytron-base/main/*:$modules/org/wildfly/common/main/*"
exec java -cp "$cp" "$(dirname "$0")/BridgeUserSql.java" "$@"
