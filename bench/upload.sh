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

documents="${1:-300}"
exec "$(dirname "$0")/java-main.sh" org.agorahub.bench.UploadBenchmark "$documents"
