#!/usr/bin/env bash
# Runs a Kafka CLI class from the local jars, e.g.
#   scripts/kafka/run-class.sh org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --list
#   scripts/kafka/run-class.sh org.apache.kafka.tools.ProducerPerformance --topic t --num-records 100000 \
#     --record-size 512 --throughput -1 --producer-props bootstrap.servers=127.0.0.1:9092 acks=all
# KAFKA_TOOL_OPTS overrides the JVM options.
set -euo pipefail
# Full JIT and a bigger heap than the quick readiness check uses (matters for perf tools).
KAFKA_TOOL_OPTS="${KAFKA_TOOL_OPTS:--Xms256m -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
(($# >= 1)) || die "usage: $0 <main class> [args...]"
ensure_jars
run_tool "$@"
