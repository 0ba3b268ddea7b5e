#!/usr/bin/env bash
# What the on-premises AI costs: embedding throughput (Agora's batched Embedder beside the model one passage at a
# time), the backfill of N generated documents of about 5 KB and the time it implies for 100,000, and the document
# index's size without and with vectors, in one run.
#
#   bench/enrichment-cost.sh [documents] [passages] [backfill-only]   (defaults 2000 and 400)
#
# backfill-only leaves out the two index rebuilds that measure the index's size (half an hour at 100,000 documents).
#
# Runs org.agorahub.bench.latency.EnrichmentCostBenchmark (test code, never run by the build) against a throw-away
# embedded PostgreSQL and a temporary index directory; see java-main.sh for Maven and JAVA_OPTS.
set -euo pipefail

documents="${1:-2000}"
passages="${2:-400}"
exec "$(dirname "$0")/java-main.sh" org.agorahub.bench.latency.EnrichmentCostBenchmark "$documents" "$passages" ${3:+"$3"}
