#!/usr/bin/env bash
# Starts a local three-broker Kafka cluster (KRaft, static voters; see cluster-env.sh for ports
# and directories) and waits until every node serves clients. Idempotent: running nodes are left
# alone, so `cluster-start.sh 2` brings back node 2 after it was killed.
#   scripts/kafka/cluster-start.sh          # nodes 1, 2, 3
#   scripts/kafka/cluster-start.sh 2        # only node 2
# Prints the bootstrap list last (127.0.0.1:39092,127.0.0.1:39094,127.0.0.1:39096).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cluster-env.sh"
nodes=("$@")
((${#nodes[@]})) || nodes=("${CLUSTER_NODES[@]}")

mkdir -p "$CLUSTER_DIR"
# One cluster id for all nodes, kept across restarts.
if [[ ! -s "$CLUSTER_DIR/cluster.id" ]]; then
  KAFKA_HOME_DIR="$CLUSTER_DIR/node1" bash "$CLUSTER_SCRIPT_DIR/run-class.sh" kafka.tools.StorageTool random-uuid >"$CLUSTER_DIR/cluster.id"
fi
cid="$(cat "$CLUSTER_DIR/cluster.id")"

# The nodes start together: with static voters no node is ready before a quorum (2 of 3) is up.
pids=()
for n in "${nodes[@]}"; do
  [[ "$n" =~ ^[123]$ ]] || { echo "[cluster] unknown node $n (1..3)" >&2; exit 2; }
  cluster_node_env "$n" env KAFKA_CLUSTER_ID="$cid" bash "$CLUSTER_SCRIPT_DIR/start.sh" 2>&1 | sed "s/^/[node$n] /" &
  pids+=($!)
done
rc=0
for p in "${pids[@]}"; do wait "$p" || rc=1; done
for n in "${nodes[@]}"; do
  # start.sh's status is lost in the pipe above; check each node's pid file and port instead.
  if ! cluster_node_env "$n" bash "$CLUSTER_SCRIPT_DIR/status.sh" >/dev/null 2>&1; then
    echo "[cluster] node $n did not start (logs: $CLUSTER_DIR/node$n/logs)" >&2
    rc=1
  fi
done
((rc == 0)) || exit 1
cluster_bootstrap
