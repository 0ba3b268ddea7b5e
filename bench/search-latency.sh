#!/usr/bin/env bash
# Search latency at scale: N generated documents of about 5 KB plus the demo data; p50/p95/p99 server time and
# requests/s of Agora's /search page (signed in, 1 and 16 clients) beside the raw Lucene query on the same index
# and PostgreSQL full-text search on the same documents, in one run; plus the time of a full index rebuild.
#
#   bench/search-latency.sh [documents] [queries]        (defaults 100000 and 512; queries a multiple of 64)
#
# Builds the test classes if needed, then runs org.agorahub.bench.latency.SearchLatencyBenchmark (test code, never
# run by the build), which starts the application against a throw-away embedded PostgreSQL and a temporary index
# directory. Maven runs offline by default, as on a machine whose ~/.m2 already holds the build's dependencies;
# MAVEN_FLAGS= bench/search-latency.sh lets it download. JAVA_OPTS (default -Xmx4g) goes to the benchmark's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

documents="${1:-100000}"
queries="${2:-512}"
maven_flags="${MAVEN_FLAGS--o}"

# shellcheck disable=SC2086
./mvnw -q -B $maven_flags test-compile -Dspotless.check.skip=true
classpath_file=target/bench-classpath.txt
if [[ ! -s $classpath_file || pom.xml -nt $classpath_file ]]; then
    # shellcheck disable=SC2086
    ./mvnw -q -B $maven_flags dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
fi
# Without Testcontainers on the class path the application always uses its embedded PostgreSQL,
# whether or not a Docker engine answers, so runs on different machines measure the same thing.
dependencies=$(tr ':' '\n' < "$classpath_file" | grep -v '/org/testcontainers/' | paste -sd: -)

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; $(free -h | awk '/^Mem:/ {print $2}') memory;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "$(java -version 2>&1 | head -1)"
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx4g} -Djava.awt.headless=true -cp "target/test-classes:target/classes:$dependencies" \
    org.agorahub.bench.latency.SearchLatencyBenchmark "$documents" "$queries"
