#!/usr/bin/env bash
# Boot and idle memory of the distribution with its shipped heap (-Xms128m -Xmx512m): first boot of
# a fresh archive and a restart, each to health 200 with Hawtio's login page served; the features
# resolver's share of the first boot (karaf.log: "Adding features" to "Changes to perform"); RSS
# 20 s after ready, and the JVM's own breakdown of it (Native Memory Tracking: heap, metaspace
# and class space, code cache, threads and their stacks, GC, the rest). Results:
# bench/results/boot-memory-<date>[-<BENCH_LABEL>].txt. Needs the built archive (./mvnw install
# -DskipTests), curl, jcmd.
#
#   bench/boot-memory.sh [idle-seconds]
#   BENCH_JAVA_OPTS="-XX:+UseSerialGC" bench/boot-memory.sh   # a JVM option tried beside the shipped heap
set -euo pipefail
cd "$(dirname "$0")/.."
idle=${1:-20}
. bench/lib.sh
bench_unpack
# Native Memory Tracking costs a little memory of its own (reported as "Native Memory Tracking").
export EXTRA_JAVA_OPTS="-Xms128m -Xmx512m ${BENCH_JAVA_OPTS:-} -XX:NativeMemoryTracking=summary"
bench_start_karaf
first=$boot
pid=$(cat "$home/karaf.pid")
log="$home/data/log/karaf.log"
resolver=$(python3 - "$log" <<'PY'
import re, sys, datetime
added = changes = None
for line in open(sys.argv[1], errors="replace"):
    stamp = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[,.]\d{3})", line)
    if not stamp:
        continue
    t = datetime.datetime.strptime(stamp.group(1).replace(",", "."), "%Y-%m-%dT%H:%M:%S.%f")
    if added is None and "Adding features" in line:
        added = t
    if changes is None and "Changes to perform" in line:
        changes = t
print("%.1f s" % (changes - added).total_seconds() if added and changes else "not found in karaf.log")
PY
)
sleep "$idle"
rss_first=$(bench_rss)
nmt=$(jcmd "$pid" VM.native_memory summary scale=MB 2>/dev/null || true)
threads=$(ls /proc/"$pid"/task | wc -l)
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | head -3 || true)

kill "$pid"
for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
bench_start_karaf
restart=$boot
sleep "$idle"
rss_restart=$(bench_rss)

out=$(bench_results boot-memory)
{
    echo "# Boot and idle memory, shipped heap -Xms128m -Xmx512m ${BENCH_JAVA_OPTS:-}(+ NativeMemoryTracking=summary)"
    echo "date: $(date -Is)"
    echo "archive: ${BENCH_ARCHIVE:-$(ls karaf-assembly/target/karaf-assembly-*.tar.gz)}"
    bench_machine
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "first boot to ready: ${first} s (features resolver: $resolver)"
    echo "restart to ready: ${restart} s"
    echo "RSS ${idle} s after ready: first boot $rss_first, restart $rss_restart"
    echo "threads after first boot: $threads"
    echo
    echo "## heap"
    echo "$heap"
    echo
    echo "## JVM native memory, committed (MB)"
    echo "$nmt" | grep -E "^(Total|-\s+[A-Za-z ]+ \(reserved)" | sed -E 's/^-\s+//; s/\(reserved=[0-9]+MB, //; s/\)$//'
    echo "$nmt" | grep -E "\(threads #|\(stack: " | sed -E 's/^\s+/  /'
} | tee "$out"
