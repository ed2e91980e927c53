# shellcheck shell=bash disable=SC2034
# Settings of the local three-broker KRaft cluster (sourced by cluster-start.sh / cluster-stop.sh).
# Node N (1..3): broker port 39090+2N (39092, 39094, 39096), controller port 39091+2N (39093,
# 39095, 39097), data under .dyad/kafka-cluster/nodeN. Every node is broker and controller; the
# three controllers are static voters. Internal topics have replication factor 3 and
# min.insync.replicas 2, so the cluster keeps accepting acks=all writes with one node down.
CLUSTER_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLUSTER_REPO_ROOT="$(cd "$CLUSTER_SCRIPT_DIR/../.." && pwd)"
CLUSTER_HOST="${CLUSTER_HOST:-127.0.0.1}"
CLUSTER_BASE_PORT="${CLUSTER_BASE_PORT:-39090}"
CLUSTER_DIR="$(realpath -m "${CLUSTER_DIR:-$CLUSTER_REPO_ROOT/.dyad/kafka-cluster}")"
CLUSTER_NODES=(1 2 3)

cluster_broker_port() { echo $((CLUSTER_BASE_PORT + 2 * $1)); }
cluster_controller_port() { echo $((CLUSTER_BASE_PORT + 2 * $1 + 1)); }
cluster_voters() {
  local n out=""
  for n in "${CLUSTER_NODES[@]}"; do out+="${out:+,}$n@$CLUSTER_HOST:$(cluster_controller_port "$n")"; done
  echo "$out"
}
cluster_bootstrap() {
  local n out=""
  for n in "${CLUSTER_NODES[@]}"; do out+="${out:+,}$CLUSTER_HOST:$(cluster_broker_port "$n")"; done
  echo "$out"
}
# Runs a command with the per-node environment of common.sh.
cluster_node_env() {
  local n="$1"
  shift
  KAFKA_NODE_ID="$n" KAFKA_HOST="$CLUSTER_HOST" \
  KAFKA_PORT="$(cluster_broker_port "$n")" KAFKA_CONTROLLER_PORT="$(cluster_controller_port "$n")" \
  KAFKA_HOME_DIR="$CLUSTER_DIR/node$n" KAFKA_QUORUM_VOTERS="$(cluster_voters)" \
  KAFKA_HEAP_OPTS="${CLUSTER_HEAP_OPTS:--Xms256m -Xmx512m}" \
  KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-120}" \
  KAFKA_EXTRA_PROPS="# Three-node cluster (cluster-start.sh): these lines override the single-node values above.
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
default.replication.factor=3
min.insync.replicas=2
${CLUSTER_EXTRA_PROPS:-}" \
  "$@"
}
