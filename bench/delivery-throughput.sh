#!/usr/bin/env bash
# Outbox delivery throughput: N organisation pushes are queued while the simulator answers 503,
# then the simulator recovers (at the given latency) and the time until all N are DELIVERED is
# measured: once with every attempt succeeding (retries off), once with the first N/2 PTV calls
# after recovery failing with 503 so half the deliveries need a retry (retries on). The worker
# runs at delivery.concurrency (default 4), so the bound is concurrency / latency items/s.
# While PTV is down, retries come every 100-200 ms (backoff lowered for the run), so the queue is
# already hot. Results: bench/results/delivery-throughput-<date>.txt. Needs the built archive and simulator
# (./mvnw install -DskipTests) and curl.
#
#   bench/delivery-throughput.sh [items] [latency-ms] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-400}
latency=${2:-50}
concurrency=${3:-4}
. bench/lib.sh
bench_unpack
bench_start_simulator
bench_configure delivery.concurrency "$concurrency"
bench_configure delivery.backoff.initial.ms 100
bench_configure delivery.backoff.max.ms 200
bench_configure delivery.max.attempts 100000
bench_configure delivery.poll.interval.ms 100
bench_start_karaf
example=pat-model/src/main/resources/fi/ptvintegration/pat/examples/organization.json


run() { # $1 = label, $2 = code prefix, $3 = PTV calls failing after recovery
    curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"fault":"status","status":503,"times":-1}' "$sim/simulator/faults"
    # One Python process writes and queues every item (a curl per request would load the 2 cores).
    python3 - "$example" "$2" "$items" "$base" "$password" <<'PY'
import base64, json, sys, urllib.request
example, prefix, n, base, password = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()
record = json.load(open(example))
def call(path, body):
    request = urllib.request.Request(base + path, data=body, method="POST",
                                     headers={"Authorization": auth, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as answer:
            return answer.status
    except urllib.error.HTTPError as e:
        return e.code
for i in range(1, n + 1):
    code = "%s-%05d" % (prefix, i)
    record["code"] = code
    assert call("/cxf/yleiset/put", json.dumps(record).encode()) in (200, 201)
    assert call("/cxf/ptv/organization/post/" + code, b"") == 202
PY
    before=$(curl -sf -u "admin:$password" "$base/cxf/ops/metrics" | python3 -c 'import json,sys; print(json.load(sys.stdin)["delivered"])')
    curl -sf -o /dev/null -X POST "$sim/simulator/latency/$latency"
    curl -sf -o /dev/null -X DELETE "$sim/simulator/faults"
    if [ "$3" -gt 0 ]; then
        curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d "{\"fault\":\"status\",\"status\":503,\"times\":$3}" "$sim/simulator/faults"
    fi
    start=$(date +%s.%N)
    while :; do
        done_count=$(curl -sf -u "admin:$password" "$base/cxf/ops/metrics" | grep -o '"delivered":[0-9]*' | cut -d: -f2)
        if [ $((done_count - before)) -ge "$items" ]; then break; fi
        sleep 0.2
    done
    end=$(date +%s.%N)
    curl -sf -o /dev/null -X POST "$sim/simulator/latency/0"
    python3 - "$1" "$items" "$start" "$end" "$latency" "$concurrency" <<'PY'
import sys
label, n, start, end, latency, conc = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
wall = end - start
bound = conc * 1000.0 / latency if latency else float("inf")
print("%s: %d deliveries drained in %.2f s = %.1f items/s (bound %d x 1000/%d ms = %.0f items/s, %.0f%% of it)"
      % (label, n, wall, n / wall, conc, latency, bound, 100.0 * n / wall / bound))
PY
}

mkdir -p bench/results
out=bench/results/delivery-throughput-$(date +%Y-%m-%d).txt
{
    echo "# Outbox drain after PTV recovers: organisations, PTV latency ${latency} ms, delivery.concurrency ${concurrency}"
    echo "date: $(date -Is)"
    bench_machine
    run "retries off" bench-a 0
    run "retries on (first $((items / 2)) calls after recovery answer 503)" bench-b $((items / 2))
    curl -sf "$sim/simulator/stats"; echo
} | tee "$out"
