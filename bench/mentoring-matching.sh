#!/usr/bin/env bash
# A mentoring matching round at scale: N mentees and M mentors (defaults 5000 and 2000; capacities 1-3) generated with a
# fixed seed, matched by MentorMatcher with the default weights: time to score the pairs and to find the optimal
# assignment, pairs and total score, beside a greedy assignment (best pair first) computed in the same run, and the
# optimum with each mentee's candidates pruned to the best 10, 20 and 40 against the unpruned optimum.
#
#   bench/mentoring-matching.sh [mentees] [mentors]
#
# Runs org.agorahub.bench.MentoringMatchingBenchmark (test code, never run by the build) through java-main.sh. No database.
set -euo pipefail

exec "$(dirname "$0")/java-main.sh" org.agorahub.bench.MentoringMatchingBenchmark "${1:-5000}" "${2:-2000}"
