#!/usr/bin/env bash
# Stops the local three-broker cluster (all nodes, or those named), in parallel. With --reset it
# also deletes the cluster's data (topics, offsets, cluster id).
#   scripts/kafka/cluster-stop.sh [--reset] [node...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cluster-env.sh"
reset=0
nodes=()
for a in "$@"; do
  case "$a" in
    --reset) reset=1 ;;
    [123]) nodes+=("$a") ;;
    *) echo "usage: $0 [--reset] [1|2|3 ...]" >&2; exit 2 ;;
  esac
done
((${#nodes[@]})) || nodes=("${CLUSTER_NODES[@]}")
pids=()
for n in "${nodes[@]}"; do
  cluster_node_env "$n" bash "$CLUSTER_SCRIPT_DIR/stop.sh" 2>&1 | sed "s/^/[node$n] /" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || true; done
if ((reset)); then
  if ((${#nodes[@]} == ${#CLUSTER_NODES[@]})); then
    rm -rf "$CLUSTER_DIR"
  else
    for n in "${nodes[@]}"; do rm -rf "$CLUSTER_DIR/node$n/data"; done
  fi
  echo "[cluster] data deleted"
fi
