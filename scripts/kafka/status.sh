#!/usr/bin/env bash
# Prints whether the local Kafka node is running. Exit code 0 = running, 1 = not running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if pid="$(running_pid)"; then
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    log "running (pid $pid, $KAFKA_HOST:$KAFKA_PORT, home $KAFKA_HOME_DIR)"
    exit 0
  fi
  log "not running: pid $pid is up but $KAFKA_HOST:$KAFKA_PORT does not answer (starting or hung)"
  exit 1
fi
log "not running"
exit 1
