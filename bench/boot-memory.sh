#!/usr/bin/env bash
# Boot and idle memory of the distribution with its shipped JVM options (bin/setenv's default
# EXTRA_JAVA_OPTS, read from the archive measured): first boot of
# a fresh archive and a restart, each to health 200 with Hawtio's login page served; the features
# resolver's share of the first boot (karaf.log: "Adding features" to "Changes to perform"); RSS
# 20 s after ready, and the JVM's own breakdown of it (Native Memory Tracking: heap, metaspace
# and class space, code cache, threads and their stacks, GC, the rest); the CPU an idle node uses
# (from /proc, over BENCH_IDLE_CPU_SECONDS, default 60, after the RSS is taken). Results:
# bench/results/boot-memory-<date>[-<BENCH_LABEL>].txt. Needs the built archive (./mvnw install
# -DskipTests), curl, jcmd.
#
#   bench/boot-memory.sh [idle-seconds]
#   BENCH_JAVA_OPTS="-XX:+UseSerialGC" bench/boot-memory.sh   # a JVM option tried beside the shipped ones
set -euo pipefail
cd "$(dirname "$0")/.."
idle=${1:-20}
. bench/lib.sh
bench_unpack
# Native Memory Tracking costs a little memory of its own (reported as "Native Memory Tracking").
shipped=$(sed -n 's/^ *EXTRA_JAVA_OPTS="\(.*\)"$/\1/p' "$home/bin/setenv")
export EXTRA_JAVA_OPTS="$shipped ${BENCH_JAVA_OPTS:-} -XX:NativeMemoryTracking=summary"
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
    # The stage that adds the application's features (after "(wrap)"), to the last deployment of
    # the boot: with a prerequisite (the old webbundle: Hawtio) that stage made two deployments.
    if added is None and "Adding features" in line and "ptv-integration" in line:
        added = t
    if added is not None and "Changes to perform" in line:
        changes = t
print("%.1f s" % (changes - added).total_seconds() if added and changes else "not found in karaf.log")
PY
)
sleep "$idle"
rss_first=$(bench_rss)
nmt=$(jcmd "$pid" VM.native_memory summary scale=MB 2>/dev/null || true)
threads=$(ls /proc/"$pid"/task | wc -l)
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | head -3 || true)
idle_cpu_seconds=${BENCH_IDLE_CPU_SECONDS:-60}
ticks_before=$(bench_cpu_ticks "$pid")
sleep "$idle_cpu_seconds"
ticks_after=$(bench_cpu_ticks "$pid")
idle_cpu=$(python3 -c "print('%.2f %% of one core' % (($ticks_after - $ticks_before) / $(getconf CLK_TCK) / $idle_cpu_seconds * 100))")
rss_first_later=$(bench_rss)

kill "$pid"
for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
bench_start_karaf
restart=$boot
sleep "$idle"
rss_restart=$(bench_rss)

out=$(bench_results boot-memory)
{
    echo "# Boot and idle memory, shipped JVM options $shipped ${BENCH_JAVA_OPTS:-}(+ NativeMemoryTracking=summary)"
    echo "date: $(date -Is)"
    echo "archive: ${BENCH_ARCHIVE:-$(ls karaf-assembly/target/karaf-assembly-*.tar.gz)}"
    bench_machine
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "first boot to ready: ${first} s (features resolver: $resolver)"
    echo "restart to ready: ${restart} s"
    echo "RSS ${idle} s after ready: first boot $rss_first, restart $rss_restart"
    echo "first boot, idle: CPU $idle_cpu over the next ${idle_cpu_seconds} s, RSS then $rss_first_later"
    echo "threads after first boot: $threads"
    echo
    echo "## heap"
    echo "$heap"
    echo
    echo "## JVM native memory, committed (MB)"
    echo "$nmt" | grep -E "^(Total|-\s+[A-Za-z ]+ \(reserved)" | sed -E 's/^-\s+//; s/\(reserved=[0-9]+MB, //; s/\)$//'
    echo "$nmt" | grep -E "\(threads #|\(stack: " | sed -E 's/^\s+/  /'
} | tee "$out"
