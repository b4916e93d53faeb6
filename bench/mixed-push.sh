#!/usr/bin/env bash
# Full push of N mixed entities (organisations, the five channel kinds, services with their
# offerings as connections) through the booted distribution to the PTV simulator at a simulated
# latency, for each N given; see bench/mixed_push.py for what is measured. Also records
# boot-to-ready and RSS idle and after the runs. Results: bench/results/mixed-push-<date>[-<BENCH_LABEL>].txt.
# Needs the built archive and simulator (./mvnw install -DskipTests), curl and python3.
#
#   bench/mixed-push.sh [latency-ms] [concurrency] [N ...]     (defaults: 50 4 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
latency=${1:-50}
concurrency=${2:-4}
shift 2 || true
sizes=${*:-1000 10000}
. bench/lib.sh
bench_unpack
bench_start_simulator
bench_configure delivery.concurrency "$concurrency"
bench_configure delivery.missing.reference wait
bench_configure delivery.backoff.initial.ms 200
bench_configure delivery.backoff.max.ms 1000
bench_configure delivery.max.attempts 1000
bench_configure delivery.poll.interval.ms 100
bench_start_karaf
sleep 20
out=$(bench_results mixed-push)
{
    echo "# Mixed full push through the outbox: PTV latency ${latency} ms, delivery.concurrency ${concurrency}"
    echo "date: $(date -Is)"
    echo "$(bench_machine); H2 (default)"
    echo "boot-to-ready (health 200 and Hawtio up): ${boot} s; RSS idle 20 s later: $(bench_rss)"
    for n in $sizes; do
        python3 bench/mixed_push.py "$base" "$password" "$n" "$latency" "$concurrency" \
            pat-model/src/main/resources/fi/ptvintegration/pat/examples "$sim"
        echo "  RSS after N=$n: $(bench_rss)"
    done
    curl -sf "$sim/simulator/stats"; echo
} | tee "$out"
