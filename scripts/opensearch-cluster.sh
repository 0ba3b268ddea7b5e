#!/usr/bin/env bash
# A local OpenSearch cluster for Agora's scale-out mode (issue 11), bound to 127.0.0.1 only.
#
#   scripts/opensearch-cluster.sh start [NODE]   start every node (or only node NODE), wait until the cluster has them
#   scripts/opensearch-cluster.sh stop [NODE]    stop every node (or only node NODE), by the process id it recorded
#   scripts/opensearch-cluster.sh status         per node: running or not; then the cluster health
#
# Idempotent: start skips a node that runs, stop skips one that does not. It only ever stops the processes whose ids
# it recorded in OPENSEARCH_BASE/nodeN/opensearch.pid, after checking that the id is still that node's OpenSearch.
# The first start downloads, with Maven (scripts/opensearch/pom.xml), the integ-test-zip distribution, the k-NN plugin
# and the modules the distribution lacks (analysis-common, lang-painless), and assembles them in OPENSEARCH_BASE/home.
# OpenSearch refuses to run as root: run as root, the script creates the unprivileged user OPENSEARCH_USER and starts
# the nodes with runuser; run as another user, it starts them as that user. See docs/opensearch-notes.md.
#
# Settings (environment):
#   OPENSEARCH_BASE        where the distribution and the nodes' config, data and logs live  (target/opensearch)
#   OPENSEARCH_NODES       number of nodes, all cluster-manager eligible and data nodes      (2)
#   OPENSEARCH_HTTP_PORT   HTTP port of node 1; node N gets HTTP_PORT + N - 1                 (9201)
#   OPENSEARCH_TRANSPORT_PORT  transport port of node 1; node N gets + N - 1                 (9301)
#   OPENSEARCH_HEAP        heap of each node                                                   (512m)
#   OPENSEARCH_USER        the unprivileged user the nodes run as when started by root        (agora-opensearch)
#   OPENSEARCH_JAVA_HOME   the JDK the nodes run on (17 or newer for 2.19)   (JAVA_HOME, else the java on the PATH)
#   OPENSEARCH_WAIT        seconds start waits for the nodes to form the cluster              (180)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION=2.19.1       # keep equal to opensearch.version in scripts/opensearch/pom.xml
KNN_VERSION=2.19.1.0 # keep equal to knn.version there
BASE="${OPENSEARCH_BASE:-$REPO/target/opensearch}"
NODES="${OPENSEARCH_NODES:-2}"
HTTP_PORT="${OPENSEARCH_HTTP_PORT:-9201}"
TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT:-9301}"
HEAP="${OPENSEARCH_HEAP:-512m}"
RUN_USER="${OPENSEARCH_USER:-agora-opensearch}"
WAIT="${OPENSEARCH_WAIT:-180}"
CLUSTER_NAME=agora-search
HOME_DIR="$BASE/home/opensearch-$VERSION"

log() { echo "opensearch-cluster: $*" >&2; }
die() { log "$*"; exit 1; }

java_home() {
    if [ -n "${OPENSEARCH_JAVA_HOME:-}" ]; then echo "$OPENSEARCH_JAVA_HOME"
    elif [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"
    else dirname "$(dirname "$(readlink -f "$(command -v java)")")"
    fi
}

http_port() { echo $((HTTP_PORT + $1 - 1)); }
transport_port() { echo $((TRANSPORT_PORT + $1 - 1)); }
node_dir() { echo "$BASE/node$1"; }

# Downloads (Maven: the local repository first, then the remote one) and assembles the distribution, once.
ensure_distribution() {
    [ -f "$HOME_DIR/.agora-assembled" ] && return 0
    local download="$BASE/download"
    if [ ! -f "$download/opensearch-$VERSION.zip" ] || [ ! -f "$download/opensearch-knn-$KNN_VERSION.zip" ]; then
        log "fetching OpenSearch $VERSION, k-NN $KNN_VERSION and modules with Maven into $download"
        mkdir -p "$download"
        local mvn=("$REPO/mvnw" -q -B -f "$REPO/scripts/opensearch/pom.xml" dependency:copy "-Dos.out=$download")
        "${mvn[@]}" -o >/dev/null 2>&1 || "${mvn[@]}" || die "Maven could not fetch the OpenSearch artefacts"
    fi
    log "assembling $HOME_DIR"
    local staging="$BASE/home/.staging"
    rm -rf "$staging" "$HOME_DIR"
    mkdir -p "$staging"
    unzip -q "$download/opensearch-$VERSION.zip" -d "$staging"
    local home="$staging/opensearch-$VERSION"

    # Modules of the full distribution that the integ-test-zip leaves out, built from their published jars.
    mkdir -p "$home/modules/lang-painless" "$home/modules/analysis-common"
    cp "$download"/modules/lang-painless/*.jar "$home/modules/lang-painless/"
    cp "$download"/modules/analysis-common/*.jar "$home/modules/analysis-common/"
    cat > "$home/modules/lang-painless/plugin-descriptor.properties" <<EOF
description=An easy, safe and fast scripting language for OpenSearch
version=$VERSION
name=lang-painless
classname=org.opensearch.painless.PainlessPlugin
java.version=11
opensearch.version=$VERSION
extended.plugins=
has.native.controller=false
EOF
    cat > "$home/modules/lang-painless/plugin-security.policy" <<'EOF'
grant {
  // needed to generate runtime classes
  permission java.lang.RuntimePermission "createClassLoader";
  // needed to find the classloader to load whitelisted classes from
  permission java.lang.RuntimePermission "getClassLoader";
};
EOF
    cat > "$home/modules/analysis-common/plugin-descriptor.properties" <<EOF
description=Adds "built in" analyzers to OpenSearch.
version=$VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$VERSION
extended.plugins=lang-painless
has.native.controller=false
EOF
    # The k-NN plugin (knn_vector fields, knn queries; the lucene engine, which needs no native library).
    # (--batch grants the permissions it asks for, among them loading faiss/nmslib, which this zip does not ship.)
    OPENSEARCH_JAVA_HOME="$(java_home)" "$home/bin/opensearch-plugin" install --batch \
        "file://$download/opensearch-knn-$KNN_VERSION.zip" >"$BASE/home/plugin-install.log" 2>&1 \
        || { cat "$BASE/home/plugin-install.log" >&2; die "installing the k-NN plugin failed"; }
    touch "$home/.agora-assembled"
    mv "$home" "$HOME_DIR"
    rm -rf "$staging"
}

# As root: the unprivileged user the nodes run as (OpenSearch refuses root). Otherwise: the current user.
ensure_user() {
    [ "$(id -u)" -ne 0 ] && return 0
    if ! id -u "$RUN_USER" >/dev/null 2>&1; then
        log "creating user $RUN_USER"
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$RUN_USER"
    fi
}

as_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$RUN_USER" -- "$@"; else "$@"; fi
}

# The node's process id, if that process is still this node's OpenSearch (not a reused id).
running_pid() {
    local pidfile
    pidfile="$(node_dir "$1")/opensearch.pid"
    [ -f "$pidfile" ] || return 1
    local pid
    pid="$(cat "$pidfile" 2>/dev/null)"
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    local cmdline
    cmdline="$(tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null)" || return 1
    grep -qx "org.opensearch.bootstrap.OpenSearch" <<< "$cmdline" || return 1
    grep -qx -- "-Dopensearch.path.conf=$(node_dir "$1")/config" <<< "$cmdline" || return 1
    echo "$pid"
}

write_node_config() {
    local n=$1 dir seeds="" managers="" i
    dir="$(node_dir "$n")"
    for i in $(seq 1 "$NODES"); do
        seeds="$seeds${seeds:+, }\"127.0.0.1:$(transport_port "$i")\""
        managers="$managers${managers:+, }\"agora-os-$i\""
    done
    mkdir -p "$dir/config" "$dir/data" "$dir/logs" "$dir/tmp"
    cp "$HOME_DIR/config/log4j2.properties" "$dir/config/"
    # jvm.options names logs/ and data relative to the working directory: point them at the node's own
    # directories, keep the GC log small, and take the heap out (it is set in jvm.options.d below).
    sed -e "s#file=logs/gc.log#file=$dir/logs/gc.log#" -e "s#filecount=32,filesize=64m#filecount=2,filesize=16m#" \
        -e "s#HeapDumpPath=data#HeapDumpPath=$dir/logs#" -e "s#ErrorFile=logs/#ErrorFile=$dir/logs/#" \
        -e '/^-Xm[sx]/d' "$HOME_DIR/config/jvm.options" > "$dir/config/jvm.options"
    mkdir -p "$dir/config/jvm.options.d"
    printf -- '-Xms%s\n-Xmx%s\n' "$HEAP" "$HEAP" > "$dir/config/jvm.options.d/heap.options"
    cat > "$dir/config/opensearch.yml" <<EOF
# Written by scripts/opensearch-cluster.sh; rewritten at every start.
cluster.name: $CLUSTER_NAME
node.name: agora-os-$n
path.data: $dir/data
path.logs: $dir/logs
network.host: 127.0.0.1
http.port: $(http_port "$n")
transport.port: $(transport_port "$n")
discovery.seed_hosts: [$seeds]
cluster.initial_cluster_manager_nodes: [$managers]
# Hibernate Search creates its indexes itself; no index is created by a stray write.
action.auto_create_index: false
# A small machine: no disk-based shard allocation refusals on a full-ish shared disk.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
    if [ "$(id -u)" -eq 0 ]; then chown -R "$RUN_USER": "$dir"; fi
}

start_node() {
    local n=$1 dir pid
    dir="$(node_dir "$n")"
    if pid="$(running_pid "$n")"; then
        log "node $n already runs (pid $pid, http 127.0.0.1:$(http_port "$n"))"
        return 0
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$(http_port "$n")") 2>/dev/null; then
        die "port $(http_port "$n") is taken by another process; set OPENSEARCH_HTTP_PORT"
    fi
    write_node_config "$n"
    rm -f "$dir/opensearch.pid"
    as_user test -x "$HOME_DIR/bin/opensearch" \
        || die "$RUN_USER cannot reach $HOME_DIR (a parent directory is not world-executable?); set OPENSEARCH_BASE"
    log "starting node $n (http 127.0.0.1:$(http_port "$n"), transport $(transport_port "$n"), heap $HEAP)"
    as_user env OPENSEARCH_PATH_CONF="$dir/config" OPENSEARCH_TMPDIR="$dir/tmp" \
        OPENSEARCH_JAVA_HOME="$(java_home)" \
        "$HOME_DIR/bin/opensearch" -d -p "$dir/opensearch.pid" </dev/null >>"$dir/logs/console.log" 2>&1 \
        || die "node $n did not start; see $dir/logs/console.log and $dir/logs/$CLUSTER_NAME.log"
}

# Waits until the nodes that should run are in the cluster and it is at least yellow.
wait_for_cluster() {
    local expected=$1 first=$2 deadline=$((SECONDS + WAIT)) health=""
    while [ $SECONDS -lt $deadline ]; do
        health="$(curl -s --max-time 5 "http://127.0.0.1:$(http_port "$first")/_cluster/health" || true)"
        if echo "$health" | grep -q "\"number_of_nodes\":$expected," \
            && echo "$health" | grep -qE '"status":"(green|yellow)"'; then
            log "cluster $CLUSTER_NAME has $expected node(s) after ${SECONDS}s: $health"
            return 0
        fi
        sleep 2
    done
    die "the cluster did not reach $expected node(s) within ${WAIT}s (last health: ${health:-none}); see $(node_dir "$first")/logs"
}

stop_node() {
    local n=$1 pid i
    if ! pid="$(running_pid "$n")"; then
        log "node $n does not run"
        rm -f "$(node_dir "$n")/opensearch.pid"
        return 0
    fi
    log "stopping node $n (pid $pid)"
    kill -TERM "$pid"
    for i in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "node $n (pid $pid) did not stop in 30s: killing it"
        kill -KILL "$pid"
    fi
    rm -f "$(node_dir "$n")/opensearch.pid"
}

nodes_arg() {
    if [ -n "${1:-}" ]; then
        [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le "$NODES" ] || die "no node $1 (1..$NODES)"
        echo "$1"
    else
        seq 1 "$NODES"
    fi
}

cmd_start() {
    SECONDS=0
    ensure_distribution
    ensure_user
    local n running=0 first=""
    for n in $(nodes_arg "${1:-}"); do start_node "$n"; done
    for n in $(seq 1 "$NODES"); do
        # A node started with -d has written its pid file once it is up; count those that run.
        local i
        for i in $(seq 1 60); do [ -s "$(node_dir "$n")/opensearch.pid" ] && break; sleep 0.5; done
        if running_pid "$n" >/dev/null; then
            running=$((running + 1))
            first="${first:-$n}"
        fi
    done
    [ -n "$first" ] || die "no node runs; see $BASE/node*/logs"
    wait_for_cluster "$running" "$first"
}

cmd_stop() {
    local n
    for n in $(nodes_arg "${1:-}"); do stop_node "$n"; done
}

cmd_status() {
    local n pid any=""
    for n in $(seq 1 "$NODES"); do
        if pid="$(running_pid "$n")"; then
            echo "node $n: running, pid $pid, http://127.0.0.1:$(http_port "$n")"
            any="${any:-$n}"
        else
            echo "node $n: stopped"
        fi
    done
    if [ -n "$any" ]; then
        curl -s --max-time 5 "http://127.0.0.1:$(http_port "$any")/_cat/health?v" || true
        curl -s --max-time 5 "http://127.0.0.1:$(http_port "$any")/_cat/nodes?v&h=name,ip,heap.max,ram.current,node.role,cluster_manager" || true
    fi
}

case "${1:-}" in
    start) cmd_start "${2:-}" ;;
    stop) cmd_stop "${2:-}" ;;
    status) cmd_status ;;
    *) echo "usage: $0 start|stop [NODE] | status" >&2; exit 2 ;;
esac
