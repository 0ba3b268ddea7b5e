#!/usr/bin/env bash
# Upload and text-extraction benchmark: N demo documents of mixed formats imported through
# DocumentService.upload, beside raw Tika and a plain JDBC insert of the same files, in one run.
#
#   bench/upload.sh [documents]        (default 300)
#
# Builds the test classes if needed, then runs org.agorahub.bench.UploadBenchmark (test code, never
# run by the build) against a throw-away embedded PostgreSQL. Maven runs offline by default, as on
# a machine whose ~/.m2 already holds the build's dependencies; MAVEN_FLAGS= bench/upload.sh lets it
# download.
set -euo pipefail
cd "$(dirname "$0")/.."

documents="${1:-300}"
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
    "$(java -version 2>&1 | head -1)"
exec java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$dependencies" \
    org.agorahub.bench.UploadBenchmark "$documents"
