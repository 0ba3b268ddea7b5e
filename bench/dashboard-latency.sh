#!/usr/bin/env bash
# KM dashboards at scale: N people in twenty departments (a lead in each) with D days of raw activity in proportion
# (10 documents with 1-3 versions each opened by departments on about 10 days, 10 threads, 40 replies, 200 searches and
# the texts of 50 that found little a person), plus the demo data; the time to rebuild every aggregate, then p50/p95/p99 server time and requests/s of a department's dashboard
# (each client its own department's lead) and the organisation's (the admin), for 90 and 365 days, with 1 and 16
# clients, beside a page without data.
#
#   bench/dashboard-latency.sh [people] [days] [requests]     (defaults 10000 365 256; requests a multiple of 64)
#
# BENCH_HOLD=1 keeps the seeded application running after the rebuild (to look at query plans), until killed.
# Runs org.agorahub.bench.latency.DashboardLatencyBenchmark (test code, never run by the build) through java-main.sh.
set -euo pipefail

exec "$(dirname "$0")/java-main.sh" org.agorahub.bench.latency.DashboardLatencyBenchmark \
    "${1:-10000}" "${2:-365}" "${3:-256}"
