#!/usr/bin/env bash
# How the embedded H2 database file grows under a steady stream of pushes, and what the node pays
# for keeping it small: one client pushes the same stored organisation (PTV update) at a simulated
# PTV latency (default 10 ms: about 32 pushes a second here) for <rounds> rounds of <seconds>; after
# each round the file's size, the share of it that is live data (the node's metric
# ptv_integration_database_file_live_percent), the push latency of the round and the CPU the node used in it.
# Chunks H2 wrote stay for its retention time (45 s) before they can be reused, so the first
# minute grows in every build; the rounds after it show whether the file keeps growing.
# Results: bench/results/h2-file-growth-<date>[-<BENCH_LABEL>].txt. Needs the built archive and
# simulator (./mvnw install -DskipTests), wrk and curl. BENCH_ARCHIVE measures another build.
#
#   bench/h2-file-growth.sh [rounds] [seconds-per-round] [latency-ms]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-8}
seconds=${2:-30}
latency=${3:-10}
. bench/lib.sh
bench_unpack
bench_start_simulator
bench_start_karaf
bench_linked_organization
curl -sf -o /dev/null -X POST "$sim/simulator/latency/$latency"
pid=$(cat "$home/karaf.pid")
file="$home/data/db/ptv.mv.db"
out=$(bench_results h2-file-growth)
{
    echo "# Embedded H2 file under steady pushes: /cxf/ptv/organization/put, 1 client, PTV latency ${latency} ms"
    echo "date: $(date -Is)"
    echo "$(bench_machine); ${rounds} rounds of ${seconds} s, started at once after boot"
    echo "file at start: $(( $(stat -c %s "$file") / 1048576 )) MB"
    echo
    echo "| round | end (s) | pushes/s | median ms | p99 ms | node CPU (% of a core) | file MB | live % |"
    echo "|---|---|---|---|---|---|---|---|"
    for round in $(seq 1 "$rounds"); do
        before=$(bench_cpu_ticks "$pid")
        result=$(wrk -t1 -c1 -d"${seconds}s" -s bench/push-put.lua "$base" -- "$auth" turku-liikuntapalvelut | grep -E 'non-2xx|Requests/sec' | tr '\n' ' ')
        after=$(bench_cpu_ticks "$pid")
        live=$(curl -sf -u "admin:$password" "$base/cxf/metrics" | sed -n 's/^ptv_integration_database_file_live_percent{.*} //p')
        python3 - "$result" "$round" "$seconds" "$(( after - before ))" "$(stat -c %s "$file")" "${live:--}" <<'PY'
import re, sys
result, rnd, seconds, ticks, size, live = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
rate = float(re.search(r'Requests/sec:\s+([\d.]+)', result).group(1))
median = float(re.search(r'median ([\d.]+) ms', result).group(1))
p99 = float(re.search(r'p99 ([\d.]+) ms', result).group(1))
print(f"| {rnd} | {rnd * seconds} | {rate:.1f} | {median:.1f} | {p99:.1f} | {ticks / seconds:.0f} | {size // 1048576} | {live} |")
PY
    done
} | tee "$out"
