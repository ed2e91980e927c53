#!/usr/bin/env bash
# Stops the local Kafka node and deletes its data (topics, offsets) and logs.
# Jars and the cluster id are kept; the next start.sh formats a fresh log dir.
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
"$here/stop.sh"
source "$here/common.sh"
take_lock
rm -rf "$KAFKA_DATA_DIR" "$KAFKA_LOG_DIR"
log "deleted $KAFKA_DATA_DIR and $KAFKA_LOG_DIR"
