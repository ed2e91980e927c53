#!/usr/bin/env bash
# Stops the local Kafka node gracefully (SIGTERM, then SIGKILL after KAFKA_STOP_TIMEOUT s).
# Exits 0 when it is not running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

take_lock
if pid="$(running_pid)"; then
  log "stopping (pid $pid) ..."
  stop_pid "$pid"
else
  log "not running"
fi
