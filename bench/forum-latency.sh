#!/usr/bin/env bash
# Forum pages at scale: N generated threads with M posts in all (one thread in twenty has 50 replies) plus the demo
# data; p50/p95/p99 server time and requests/s of a board page and of a 50-reply thread page (signed in, 1 and 16
# clients) beside a page without data and the pages' SQL run alone, in one run; plus the SQL statements each page
# runs for few and for many items shown.
#
#   bench/forum-latency.sh [threads] [posts] [requests]     (defaults 20000 200000 512; requests a multiple of 64)
#
# Builds the test classes if needed, then runs org.agorahub.bench.latency.ForumLatencyBenchmark (test code, never
# run by the build), which starts the application against a throw-away embedded PostgreSQL (see java-main.sh).
set -euo pipefail

threads="${1:-20000}"
posts="${2:-200000}"
requests="${3:-512}"
exec "$(dirname "$0")/java-main.sh" org.agorahub.bench.latency.ForumLatencyBenchmark "$threads" "$posts" "$requests"
