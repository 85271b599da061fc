#!/usr/bin/env bash
# Builds the bridge's container image from the provisioned server, with Debian's own tools (no base image is
# pulled), and smoke-tests it: the container starts against the local PostgreSQL with the simulator mounted in as a
# stand-in DEAR, /health/ready turns UP, and a webhook the simulator posts becomes an order. docs/deployment.md.
#
#   ear/src/container/build.sh             build the server if missing, the image, then the smoke test
#   REBUILD_SERVER=1 ear/src/container/build.sh    provision the server afresh first
#
# Where no container can be started here, the smoke test runs the same root file system and entrypoint in a chroot
# instead, and says why. The outcome is written into docs/operations.md ("Container build: last run").
# Run as root (debootstrap, chroot, buildah). Not part of .ci/run.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
target=$repo/ear/target
work=$target/container
image=${IMAGE:-localhost/dear-bridge:0.1.0}
port_offset=${PORT_OFFSET:-600}
http=$((8080 + port_offset))
management=$((9990 + port_offset))
database=${SMOKE_DATABASE:-dearbridge_container_smoke}
pg_host=${PGHOST:-127.0.0.1}
record=$work/last-run.txt
started=$(date -u +%s)

log() { printf '\n== %s\n' "$*"; }
note() { printf '%s\n' "$*" | tee -a "$record"; }

mkdir -p "$work"
: > "$record"
note "date: $(date -u '+%Y-%m-%d %H:%M UTC'), host: $(uname -sr), $(nproc) cores"

log "tools (Debian's packages)"
missing=()
for tool in debootstrap buildah podman runc psql curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  pkgs=("${missing[@]/psql/postgresql-client}")
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" fuse-overlayfs >/dev/null
fi
note "tools: $(buildah --version | cut -d' ' -f1-3), $(podman --version), debootstrap $(dpkg-query -W -f='${Version}' debootstrap)"

log "the provisioned server (ear/target/server)"
if [ "${REBUILD_SERVER:-0}" = 1 ] || [ ! -f "$target/server/standalone/deployments/dear-bridge.ear" ]; then
  (cd "$repo" && mvn -B -ntp -Pprovisioned -pl ear -am package -DskipTests)
fi
note "server: $(du -sh "$target/server" | cut -f1) (provisioned, EAR deployed)"

log "Debian root file system (debootstrap, cached in $work/debian-rootfs.tar)"
if [ ! -f "$work/debian-rootfs.tar" ]; then
  # The machine's own Debian mirror, as apt is set up here.
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list)
  rm -rf "$work/rootfs"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl bookworm "$work/rootfs" "$mirror"
  chroot "$work/rootfs" useradd --system --uid 185 --user-group --home-dir /opt/dear-bridge \
    --shell /usr/sbin/nologin wildfly
  chroot "$work/rootfs" apt-get clean
  rm -rf "$work/rootfs/var/lib/apt/lists/"* "$work/rootfs/var/cache/"*/*
  tar -C "$work/rootfs" --numeric-owner -cf "$work/debian-rootfs.tar.part" .
  mv "$work/debian-rootfs.tar.part" "$work/debian-rootfs.tar"
fi
note "root file system: Debian bookworm minbase + openjdk-17-jre-headless + curl, $(du -h "$work/debian-rootfs.tar" | cut -f1) as tar"

log "build context and image"
rm -rf "$work/context"
mkdir -p "$work/context"
ln "$work/debian-rootfs.tar" "$work/context/debian-rootfs.tar"
cp -a "$target/server" "$work/context/server"
# The smoke test's copies of the server leave nothing behind in the image.
rm -rf "$work/context/server/standalone/"{data,log,tmp}
build_start=$(date +%s)
buildah bud --quiet --layers=false -f "$here/Containerfile" -t "$image" "$work/context"
size=$(buildah images --format '{{.Size}}' "$image" | head -1)
note "image: $image, $size, built in $(( $(date +%s) - build_start )) s by buildah bud (no RUN step, no runtime needed)"

log "smoke test"
psql -h "$pg_host" -U postgres -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
simulator=$(ls "$repo"/dear-simulator/target/dear-simulator*.war | head -1)
env_file=$work/smoke.env
cat > "$env_file" <<EOF
DEARBRIDGE_DB_URL=jdbc:postgresql://$pg_host:5432/$database
DEARBRIDGE_DB_USER=postgres
DEARBRIDGE_DB_PASSWORD=postgres
DEARBRIDGE_NODE_ID=bridge-smoke-0
DEARBRIDGE_ACCOUNTS=demo
DEARBRIDGE_ACCOUNT_DEMO_BASE_URL=http://127.0.0.1:$http/dear-simulator/ExternalApi/v2
DEARBRIDGE_ACCOUNT_DEMO_ACCOUNT_ID=3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41
DEARBRIDGE_ACCOUNT_DEMO_APPLICATION_KEY=7c2e9f10-4b8d-4a3e-9c61-d05b8e2f7a93
DEARBRIDGE_ACCOUNT_DEMO_WEBHOOK_SECRET=container-smoke-secret-7d2a
DEARBRIDGE_PUBLIC_BASE_URL=http://127.0.0.1:$http/bridge
DEARBRIDGE_RECONCILE_FIRST_DELAY=PT1H
DEARBRIDGE_DEMO_USERS=true
DEARBRIDGE_ALLOW_PLAIN_HTTP=true
DEARSIM_ACCOUNTS=Demo Outdoor Co:3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41:7c2e9f10-4b8d-4a3e-9c61-d05b8e2f7a93
DEARSIM_DEMO_TRAFFIC=true
DEARSIM_WEBHOOK_TIME_FACTOR=0.01
EOF

mode=container
stop_smoke=:
podman rm -f dear-bridge-smoke >/dev/null 2>&1 || true
# On this machine kind podman's defaults fail (docs/deployment.md): crun refuses the cgroup v1/v2 hybrid, and the
# sandbox forbids raising RLIMIT_NOFILE and RLIMIT_NPROC to podman's defaults. runc and limits no higher than the
# shell's own work; elsewhere these options are harmless.
nofile=$(ulimit -n)
if podman run -d --name dear-bridge-smoke --network host --env-file "$env_file" \
     --runtime runc --ulimit "nofile=$nofile:$nofile" --ulimit nproc=4096:4096 \
     -v "$simulator:/opt/dear-bridge/server/standalone/deployments/dear-simulator.war:ro" \
     "$image" "-Djboss.socket.binding.port-offset=$port_offset" > "$work/podman-run.log" 2>&1; then
  stop_smoke="podman rm -f dear-bridge-smoke"
  logs_cmd="podman logs dear-bridge-smoke"
else
  mode=chroot
  note "podman run failed here, so the smoke test runs the image's root file system and entrypoint in a chroot:"
  sed 's/^/    /' "$work/podman-run.log" | tee -a "$record"
  # The same layers the Containerfile adds, unpacked; the same entrypoint and user.
  root=$work/fallback-root
  umount "$root/proc" "$root/dev" 2>/dev/null || true
  rm -rf "$root"
  mkdir -p "$root"
  tar -C "$root" -xf "$work/debian-rootfs.tar"
  mkdir -p "$root/opt/dear-bridge"
  cp -a "$work/context/server" "$root/opt/dear-bridge/server"
  cp "$simulator" "$root/opt/dear-bridge/server/standalone/deployments/dear-simulator.war"
  chown -R 185:185 "$root/opt/dear-bridge/server"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount -t proc proc "$root/proc"
  mount --bind /dev "$root/dev"
  (while IFS= read -r line; do export "${line?}"; done < "$env_file"
   exec env JBOSS_HOME=/opt/dear-bridge/server JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.net.preferIPv4Stack=true" \
     LANG=C.UTF-8 chroot --userspec=185:185 "$root" /bin/sh -c 'cd /opt/dear-bridge/server && exec "$@"' sh \
     /opt/dear-bridge/server/bin/standalone.sh -b 0.0.0.0 -bmanagement 0.0.0.0 \
     "-Djboss.socket.binding.port-offset=$port_offset") > "$work/fallback-console.log" 2>&1 &
  server_pid=$!
  stop_smoke="kill $server_pid; sleep 10; umount $root/proc $root/dev"
  logs_cmd="cat $work/fallback-console.log"
fi
trap 'eval "$stop_smoke" >/dev/null 2>&1 || true' EXIT

boot_start=$(date +%s)
ready=""
for _ in $(seq 1 150); do
  ready=$(curl -s "http://127.0.0.1:$management/health/ready" || true)
  case "$ready" in '{"status":"UP"'*) break ;; esac
  sleep 2
done
case "$ready" in
  '{"status":"UP"'*) note "smoke ($mode): /health/ready UP after $(( $(date +%s) - boot_start )) s" ;;
  *) note "smoke ($mode): FAILED, /health/ready not UP after 300 s: ${ready:-no answer}"
     $logs_cmd 2>&1 | tail -40; exit 1 ;;
esac

order=""
for _ in $(seq 1 90); do
  order=$(curl -s -u viewer:demo "http://127.0.0.1:$http/bridge/api/v1/orders?account=demo&size=1" || true)
  case "$order" in *'"total":0'*|'') ;; *'"items":[{'*) break ;; esac
  sleep 2
done
case "$order" in
  *'"items":[{'*) note "smoke ($mode): a webhook became an order after $(( $(date +%s) - boot_start )) s: $(printf '%s' "$order" | grep -o '"customerReference":"[^"]*"' | head -1)" ;;
  *) note "smoke ($mode): FAILED, no order within 180 s: ${order:-no answer}"; $logs_cmd 2>&1 | tail -40; exit 1 ;;
esac
note "result: PASSED in $(( $(date +%s) - started )) s in all"

# The record in docs/operations.md, between its markers.
python3 - "$repo/docs/operations.md" "$record" <<'PY'
import sys, re
doc, rec = sys.argv[1], open(sys.argv[2]).read().rstrip()
text = open(doc).read()
block = "<!-- container-last-run:begin -->\n```text\n" + rec + "\n```\n<!-- container-last-run:end -->"
text = re.sub(r"<!-- container-last-run:begin -->.*?<!-- container-last-run:end -->", lambda _: block, text, flags=re.S)
open(doc, "w").write(text)
PY
echo "PASSED ($mode); recorded in docs/operations.md"
