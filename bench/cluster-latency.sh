#!/usr/bin/env bash
# The scale-out mode on this machine: /search and the page without a query (as in bench/search-latency.sh) against
# one Agora node with OpenSearch, the same node behind nginx, and two nodes behind nginx (round robin), with 1 and 16
# clients (p50/p95/p99, pages/s), in one run; then the indexing lag from an upload's commit on node A until a search
# on node B finds it (p50/p95 over N uploads).
#
#   bench/cluster-latency.sh [documents] [queries] [uploads]   (defaults 5000, 128 and 50; queries a multiple of 64)
#
# Builds the jar (package, tests skipped), then runs org.agorahub.bench.latency.ClusterLatencyBenchmark (test code,
# never run by the build), which starts, as child processes stopped by process id: one PostgreSQL (embedded), a
# 2-node OpenSearch cluster (scripts/opensearch-cluster.sh, own base under target/cluster-bench and free ports), node A
# from the jar (its admin creates the departments, the member who searches and the search latency benchmark's eight
# libraries on the admin pages), N generated documents copied into PostgreSQL and put into OpenSearch by a rebuild
# from the admin page (timed), node B, and nginx (own prefix and configuration under target/cluster-bench/nginx).
# Needs root (or the user agora-opensearch) and nginx (apt-get install -y nginx); about 10 minutes at the defaults on
# 2 busy cores, ~4 GB of memory. Logs in target/cluster-bench/. Maven runs offline by default (MAVEN_FLAGS= lets it
# download); JAVA_OPTS (default -Xmx4g) goes to the benchmark's JVM, not to the nodes (-Xmx2g each).
set -euo pipefail
cd "$(dirname "$0")/.."
maven_flags="${MAVEN_FLAGS--o}"
# shellcheck disable=SC2086
./mvnw -q -B $maven_flags package -DskipTests -Dspotless.check.skip=true
exec bench/java-main.sh org.agorahub.bench.latency.ClusterLatencyBenchmark "${1:-5000}" "${2:-128}" "${3:-50}"
