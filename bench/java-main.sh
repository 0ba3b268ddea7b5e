#!/usr/bin/env bash
# Runs a benchmark's main class from the test code: builds the test classes if needed, works out the class path once
# (cached in target/bench-classpath.txt until pom.xml changes), prints the machine, then starts the class.
#
#   bench/java-main.sh org.agorahub.bench.SomeBenchmark [arguments...]
#
# Maven runs offline by default, as on a machine whose ~/.m2 already holds the build's dependencies;
# MAVEN_FLAGS= lets it download. JAVA_OPTS (default -Xmx4g) goes to the benchmark's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

main_class="$1"
shift
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
    "$main_class" "$@"
