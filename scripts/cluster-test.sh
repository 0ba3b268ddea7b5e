#!/usr/bin/env bash
# The real cluster test (issue 11), in one command: builds the jar, then runs ClusterTests against it (failsafe),
# which starts one PostgreSQL (embedded), a 2-node OpenSearch cluster (scripts/opensearch-cluster.sh with its own
# OPENSEARCH_BASE under target/cluster/ and free ports, so a cluster of yours on 9201/9202 is left alone) and two
# Agora nodes from the jar on free ports, all on 127.0.0.1; then, as people would notice it over HTTP:
#   a. a document uploaded on node A is found by search on node B within 20 s (the time it took is printed);
#      a second person without access to a restricted library does not find that library's document on node B;
#   b. with the OpenSearch node that is not the cluster manager stopped, search on node B still answers and an
#      upload on node A becomes findable on node B; the node is started again;
#   c. with Agora node A stopped (SIGTERM), the same browser cookies are still signed in on node B;
#   d. with OpenSearch stopped entirely, an upload on node B still lands on its document page; once OpenSearch is
#      started again (after at least 45 s down) it becomes findable within 60 s (indexed through the outbox).
# Everything it starts it stops by process id, failures included. 5 to 7 minutes on 2 busy cores; as root, OpenSearch
# runs as the unprivileged user agora-opensearch (created if missing), otherwise as the current user; ~3 GB of memory.
# Logs: target/cluster/{node-a,node-b,opensearch}.log and target/cluster/opensearch/node*/logs; timings in
# target/cluster/timings.txt. Extra arguments go to Maven, e.g. scripts/cluster-test.sh -o
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec ./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterTests \
    -Dagora.cluster-tests.required=true "$@"
