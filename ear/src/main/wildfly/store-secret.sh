#!/usr/bin/env bash
# Stores one secret (a DEAR application key, a webhook secret) as an encrypted system property of the server:
#   JBOSS_HOME=/opt/wildfly ear/src/main/wildfly/store-secret.sh dearbridge.account.acme.application-key
# The value is read from standard input (asked for, unechoed, on a terminal), so it never sits in shell history,
# in `ps` or in a file: the CLI gets it through a private temporary file that is deleted at exit.
# standalone.xml keeps only ${ENC::dearbridge:...}; the key that decrypts it is in the credential store that
# configure-credential-store.cli made. Offline (server stopped) by default; --online talks to a running server
# (jboss-cli's default controller, or CONTROLLER=host:port), where the bridge sees the value after a reload.
set -euo pipefail

online=false
if [ "${1:-}" = "--online" ]; then online=true; shift; fi
name="${1:-}"
if [ -z "$name" ] || [ $# -ne 1 ]; then
  echo "usage: JBOSS_HOME=... $0 [--online] <property name>, the value on standard input" >&2
  exit 2
fi
case "$name" in
  *[!A-Za-z0-9._-]*) echo "not a property name: $name" >&2; exit 2 ;;
esac
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly the bridge runs on}"

if [ -t 0 ]; then
  read -r -s -p "value of $name: " value; echo >&2
else
  IFS= read -r value || true
fi
if [ -z "$value" ]; then echo "no value given" >&2; exit 2; fi

umask 077
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if $online; then
  open="connect${CONTROLLER:+ $CONTROLLER}"; close=""
else
  open="embed-server --server-config=standalone.xml --std-out=discard"; close="stop-embedded-server"
fi
cli() { "$JBOSS_HOME/bin/jboss-cli.sh" --file="$1"; }

# The CLI takes a quoted parameter value: escape backslashes and quotes.
quoted="${value//\\/\\\\}"
quoted="${quoted//\"/\\\"}"
printf '%s\n' "$open" \
  "/subsystem=elytron/expression=encryption:create-expression(resolver=dearbridge, clear-text=\"$quoted\")" \
  "$close" > "$work/encrypt.cli"
expression="$(cli "$work/encrypt.cli" | grep -o '\${ENC::dearbridge:[^"}]*}' | head -1)"
if [ -z "$expression" ]; then
  echo "could not encrypt: is configure-credential-store.cli applied (and the server stopped, or --online)?" >&2
  exit 1
fi

printf '%s\n' "$open" \
  "if (outcome == success) of /system-property=$name:read-resource" \
  "/system-property=$name:write-attribute(name=value, value=\"$expression\")" \
  "else" \
  "/system-property=$name:add(value=\"$expression\")" \
  "end-if" \
  "$close" > "$work/store.cli"
cli "$work/store.cli" >/dev/null
echo "$name stored encrypted: $expression"
if $online; then echo "reload the server (jboss-cli.sh -c :reload) for the bridge to use it"; fi
