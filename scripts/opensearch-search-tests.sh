#!/usr/bin/env bash
# The search tests again, against a real OpenSearch cluster instead of the embedded Lucene index: proves that the
# OpenSearch backend has the same mapping, analysis, synonyms, search by meaning and security trimming.
#
#   scripts/opensearch-search-tests.sh [more Maven arguments]
#
# Starts a 2-node cluster with scripts/opensearch-cluster.sh (its own directory and ports, so a cluster of your own is
# left alone), runs the test classes below with agora.search.backend=opensearch (each Spring context gets its own
# index prefix, as it gets its own database; coordination "none" so tests can search right after a change commits,
# as with Lucene), then stops the cluster by process id. As root, the cluster runs as an unprivileged user.
# The several-node behaviour itself (outbox, shared sessions, failures) is ClusterTests' job (scripts/cluster-test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

export OPENSEARCH_BASE="${OPENSEARCH_BASE:-$PWD/target/opensearch-tests}"
export OPENSEARCH_HTTP_PORT="${OPENSEARCH_HTTP_PORT:-9221}"
export OPENSEARCH_TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT:-9321}"
tests="${AGORA_OPENSEARCH_TESTS:-SearchServiceTests,SearchPageTests,ForumSearchTests,MeaningSearchTests,MeaningSearchPageTests,SearchAdminTests,SearchSuggestTests,SearchFeaturesTests,SynonymsPageTests,DocumentAiTests}"

trap 'scripts/opensearch-cluster.sh stop' EXIT
scripts/opensearch-cluster.sh start

./mvnw -B test -Djacoco.skip=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$tests" \
    -Dagora.search.backend=opensearch \
    "-Dagora.search.opensearch.uris=http://127.0.0.1:$OPENSEARCH_HTTP_PORT,http://127.0.0.1:$((OPENSEARCH_HTTP_PORT + 1))" \
    -Dagora.search.coordination=none \
    '-Dagora.search.opensearch.index-prefix=test-${random.uuid}-' \
    "$@"
