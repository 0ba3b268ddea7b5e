#!/usr/bin/env bash
# Expertise at scale: N people with skills, endorsements and frameworks, S skills named after the tags of D generated
# documents and P forum posts, plus the demo data; the time to recompute every evidence score beside reading its input
# alone, then p50/p95/p99 server time and requests/s of "who knows about X?" and "My development" (1 and 16 clients,
# each signed in as a different person) beside a page without data.
#
#   bench/expertise-latency.sh [people] [skills] [documents] [posts] [requests]
#                                          (defaults 10000 500 100000 200000 256; requests a multiple of 64)
#
# Runs org.agorahub.bench.latency.ExpertiseLatencyBenchmark (test code, never run by the build) through java-main.sh.
set -euo pipefail

exec "$(dirname "$0")/java-main.sh" org.agorahub.bench.latency.ExpertiseLatencyBenchmark \
    "${1:-10000}" "${2:-500}" "${3:-100000}" "${4:-200000}" "${5:-256}"
