#!/usr/bin/env bash
# Search latency at scale: N generated documents of about 5 KB plus the demo data; p50/p95/p99 server time and
# requests/s of Agora's /search page (signed in, 1 and 16 clients) beside the raw Lucene query on the same index
# and PostgreSQL full-text search on the same documents, in one run; plus the time of a full index rebuild.
#
#   bench/search-latency.sh [documents] [queries] [meaning]   (defaults 100000 and 512; queries a multiple of 64)
#
# Every seeded document gets a vector (the first 2,000 from the model, -Dbench.model-vectors=N in JAVA_OPTS to
# change it; the rest derived from them), and /search and SearchApi are measured with search by meaning (hybrid)
# and with "exact words only" (hybrid off) in the same run. "meaning" as third argument measures only those rows
# and the page without a query, skipping the raw Lucene and PostgreSQL baselines.
#
# Builds the test classes if needed, then runs org.agorahub.bench.latency.SearchLatencyBenchmark (test code, never
# run by the build), which starts the application against a throw-away embedded PostgreSQL and a temporary index
# directory. Maven runs offline by default, as on a machine whose ~/.m2 already holds the build's dependencies;
# MAVEN_FLAGS= bench/search-latency.sh lets it download. JAVA_OPTS (default -Xmx4g) goes to the benchmark's JVM.
set -euo pipefail

documents="${1:-100000}"
queries="${2:-512}"
exec "$(dirname "$0")/java-main.sh" org.agorahub.bench.latency.SearchLatencyBenchmark "$documents" "$queries" "${@:3}"
