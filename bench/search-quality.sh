#!/usr/bin/env bash
# Search-quality benchmark on the Cranfield collection: nDCG@10, MAP and Recall@100 over all 225
# queries for the Agora analysis candidates, plain Lucene BM25 (StandardAnalyzer) and PostgreSQL
# full-text search (ts_rank), in one run.
#
#   bench/search-quality.sh [cranfield-directory]        (default ../shared/data/cranfield)
#
# Builds the test classes if needed, then runs org.agorahub.bench.cranfield.CranfieldBenchmark (test
# code, never run by the build), which starts its own throw-away embedded PostgreSQL for the
# full-text baseline. Maven runs offline by default, as on a machine whose ~/.m2 already holds the
# build's dependencies; MAVEN_FLAGS= bench/search-quality.sh lets it download.
set -euo pipefail
cd "$(dirname "$0")/.."

directory="${1:-../shared/data/cranfield}"
maven_flags="${MAVEN_FLAGS--o}"

# shellcheck disable=SC2086
./mvnw -q -B $maven_flags test-compile -Dspotless.check.skip=true
classpath_file=target/bench-classpath.txt
if [[ ! -s $classpath_file || pom.xml -nt $classpath_file ]]; then
    # shellcheck disable=SC2086
    ./mvnw -q -B $maven_flags dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
fi

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; $(free -h | awk '/^Mem:/ {print $2}') memory;" \
    "$(java -version 2>&1 | head -1)"
exec java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    org.agorahub.bench.cranfield.CranfieldBenchmark "$directory"
