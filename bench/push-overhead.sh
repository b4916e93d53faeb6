#!/usr/bin/env bash
# Latency of a push through the middleware versus the same PTV call made directly, side by side
# in one run, at simulated PTV latencies (default 0 and 50 ms). One client (wrk -c1).
# The middleware push = read the PAT record, check it, map it, PUT it to the simulator, record
# the PTV id, write two integration-log rows. Results: bench/results/push-overhead-<date>.txt.
# Needs the built archive and simulator (./mvnw install -DskipTests), wrk and curl.
#
#   bench/push-overhead.sh [seconds-per-run] [latency-ms ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
shift || true
latencies=${*:-0 50}
. bench/lib.sh
bench_unpack
bench_start_simulator
bench_start_karaf
bench_linked_organization
curl -sf "$sim/simulator/items/$ptv_id" > "$work/sent.json"

out=$(bench_results push-overhead)
{
    echo "# Push overhead: /cxf/ptv/organization/put through the middleware vs PUT /api/v11/Organization/{id} direct"
    echo "date: $(date -Is)"
    echo "$(bench_machine); 1 client, ${seconds}s per run after ${BENCH_WARMUP:-5} s warm-up"
    for latency in $latencies; do
        curl -sf -o /dev/null -X POST "$sim/simulator/latency/$latency"
        sleep 2
        wrk -t1 -c1 -d"${BENCH_WARMUP:-5}s" -s bench/push-put.lua "$base" -- "$auth" turku-liikuntapalvelut > /dev/null
        # wrk ends a run with a push still in flight; the next push of the same record would be
        # queued behind it (202), so let it finish first.
        sleep 2
        via=$(wrk -t1 -c1 -d"${seconds}s" -s bench/push-put.lua "$base" -- "$auth" turku-liikuntapalvelut | grep -E 'non-2xx|Requests/sec' | tr '\n' ' ')
        sleep 2
        wrk -t1 -c1 -d"${BENCH_WARMUP:-5}s" -s bench/direct-put.lua "$sim" -- "$work/sent.json" "/api/v11/Organization/$ptv_id" > /dev/null
        direct=$(wrk -t1 -c1 -d"${seconds}s" -s bench/direct-put.lua "$sim" -- "$work/sent.json" "/api/v11/Organization/$ptv_id" | grep -E 'non-2xx|Requests/sec' | tr '\n' ' ')
        echo
        echo "## simulated PTV latency ${latency} ms"
        echo "through the middleware: $via"
        echo "direct to the simulator: $direct"
        python3 - "$via" "$direct" <<'PY'
import re, sys
def figures(text):
    mean, median, p99 = (float(x) for x in re.search(r"mean ([\d.]+) ms, median ([\d.]+) ms, p99 ([\d.]+) ms", text).groups())
    return mean, median, p99
v, d = figures(sys.argv[1]), figures(sys.argv[2])
print("ratio middleware/direct: mean %.2f, median %.2f, p99 %.2f; added mean %.2f ms" % (v[0]/d[0], v[1]/d[1], v[2]/d[2], v[0]-d[0]))
PY
    done
} | tee "$out"
