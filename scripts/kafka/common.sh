# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Shared settings and helpers for the local Kafka scripts. Sourced, not executed.
#
# Every setting is an environment variable with a default, so a second (or third) node
# can later be run by overriding node id, ports and home dir:
#   KAFKA_NODE_ID=2 KAFKA_PORT=9094 KAFKA_CONTROLLER_PORT=9095 \
#   KAFKA_HOME_DIR=.dyad/kafka-2 KAFKA_QUORUM_VOTERS=1@127.0.0.1:9093,2@... start.sh

KAFKA_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$KAFKA_SCRIPT_DIR/../.." && pwd)"

KAFKA_HOST="${KAFKA_HOST:-127.0.0.1}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_NODE_ID="${KAFKA_NODE_ID:-1}"
KAFKA_QUORUM_VOTERS="${KAFKA_QUORUM_VOTERS:-${KAFKA_NODE_ID}@${KAFKA_HOST}:${KAFKA_CONTROLLER_PORT}}"
KAFKA_HOME_DIR="${KAFKA_HOME_DIR:-$REPO_ROOT/.dyad/kafka}"
# Jars are shared by all nodes, so they do not follow KAFKA_HOME_DIR.
KAFKA_LIB_DIR="${KAFKA_LIB_DIR:-$REPO_ROOT/.dyad/kafka/lib}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms512m -Xmx1g}"
KAFKA_JVM_OPTS="${KAFKA_JVM_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}"
# Short-lived CLI tools (readiness check, StorageTool): small heap, fast start-up.
# run-class.sh uses a bigger default so that perf tools are not slowed down.
KAFKA_TOOL_OPTS="${KAFKA_TOOL_OPTS:--Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

# Absolute paths (env overrides may be relative to the caller's cwd; they need not exist yet).
KAFKA_HOME_DIR="$(realpath -m "$KAFKA_HOME_DIR")"
KAFKA_LIB_DIR="$(realpath -m "$KAFKA_LIB_DIR")"

KAFKA_DATA_DIR="$KAFKA_HOME_DIR/data"
KAFKA_LOG_DIR="$KAFKA_HOME_DIR/logs"
KAFKA_CONF_DIR="$KAFKA_HOME_DIR/config"
KAFKA_PID_FILE="$KAFKA_HOME_DIR/kafka.pid"
KAFKA_PROPS="$KAFKA_CONF_DIR/server.properties"

log() { echo "[kafka] $*"; }
die() { echo "[kafka] ERROR: $*" >&2; exit 1; }

# Serialise start/stop/reset of one node (e.g. parallel test set-ups). fd 9 holds the lock;
# it must not leak into the broker process (start.sh closes it with 9>&-).
take_lock() {
  mkdir -p "$KAFKA_HOME_DIR"
  exec 9>"$KAFKA_HOME_DIR/.lock"
  flock -w 180 9 || die "could not lock $KAFKA_HOME_DIR/.lock"
}

# True when something accepts TCP connections on host:port.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Prints the broker pid if the pid file names a live kafka.Kafka process for this config.
# A stale pid file (dead or reused pid) is removed.
running_pid() {
  [[ -f "$KAFKA_PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$KAFKA_PID_FILE" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
     && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "kafka.Kafka $KAFKA_PROPS"; then
    echo "$pid"
    return 0
  fi
  rm -f "$KAFKA_PID_FILE"
  return 1
}

# Downloads the jars listed by pom.xml into $KAFKA_LIB_DIR, unless the marker file says the
# directory already holds the result for this exact pom.xml.
ensure_jars() {
  local pom="$KAFKA_SCRIPT_DIR/pom.xml" marker="$KAFKA_LIB_DIR/.complete" hash
  hash="$(sha256sum "$pom" | cut -d' ' -f1)"
  if [[ -f "$marker" && "$(cat "$marker")" == "$hash" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found (needed once to fetch the Kafka jars)"
  mkdir -p "$KAFKA_HOME_DIR"
  log "fetching Kafka jars with Maven into $KAFKA_LIB_DIR ..."
  local t0=$SECONDS tmp="$KAFKA_LIB_DIR.tmp" mvnlog="$KAFKA_HOME_DIR/maven.log"
  rm -rf "$tmp"
  # Output goes to a file: even with -B -q Maven 3.8 prints colour escape codes.
  if ! (cd "$KAFKA_SCRIPT_DIR" && mvn -B -q -ntp -f "$pom" dependency:copy-dependencies \
          -DincludeScope=runtime -DoutputDirectory="$tmp" </dev/null >"$mvnlog" 2>&1); then
    tail -n 40 "$mvnlog" >&2
    die "Maven failed (full log: $mvnlog)"
  fi
  # Swap in the complete set at once so an old Kafka version never mixes with a new one.
  rm -rf "$KAFKA_LIB_DIR"
  mv "$tmp" "$KAFKA_LIB_DIR"
  echo "$hash" >"$marker"
  log "jars ready ($(find "$KAFKA_LIB_DIR" -name '*.jar' | wc -l) jars, $((SECONDS - t0)) s)"
}

# Runs a Java main class from the Kafka jars with quiet logging (WARN to stderr).
# KAFKA_TOOL_TIMEOUT=<seconds> bounds its run time.
run_tool() {
  local cls="$1"
  shift
  # shellcheck disable=SC2086 # option lists are meant to split
  ${KAFKA_TOOL_TIMEOUT:+timeout "$KAFKA_TOOL_TIMEOUT"} java $KAFKA_TOOL_OPTS \
    -Dlog4j2.configurationFile="$KAFKA_SCRIPT_DIR/log4j2-tools.xml" \
    -cp "$KAFKA_LIB_DIR/*" "$cls" "$@"
}

# SIGTERM (controlled shutdown), wait up to KAFKA_STOP_TIMEOUT seconds, then SIGKILL.
stop_pid() {
  local pid="$1" t0=$SECONDS
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS - t0 >= KAFKA_STOP_TIMEOUT)); then
      log "still alive after ${KAFKA_STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  rm -f "$KAFKA_PID_FILE"
  log "stopped (pid $pid, $((SECONDS - t0)) s)"
}
