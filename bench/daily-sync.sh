#!/usr/bin/env bash
# The daily sync through the booted distribution to the PTV simulator at a simulated latency:
# N mixed records (organisations, the five channel kinds, services, offerings as connections)
# written by Drupal, a first sync that creates them all, then 10 % of the records changed and 5 %
# removed and the daily sync that sends exactly those, then a second sync right after that sends
# nothing; see bench/daily_sync.py for what is measured. Results: bench/results/daily-sync-<date>[-<N>].txt.
# Needs the built archive and simulator (./mvnw install -DskipTests), curl and python3.
#
#   bench/daily-sync.sh [latency-ms] [concurrency] [N]     (defaults: 50 4 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
latency=${1:-50}
concurrency=${2:-4}
n=${3:-1000}
. bench/lib.sh
bench_unpack
bench_start_simulator
bench_configure delivery.concurrency "$concurrency"
bench_configure delivery.poll.interval.ms 100
bench_configure sync.enabled false
bench_start_karaf
sleep 20
# A run of other than 1,000 items names its size: bench/results/daily-sync-<date>-<N>.txt.
out=$(BENCH_LABEL=${BENCH_LABEL:-$([ "$n" = 1000 ] || echo "$n")} bench_results daily-sync)
{
    echo "# Daily sync through the outbox: PTV latency ${latency} ms, delivery.concurrency ${concurrency}, N=${n}"
    echo "date: $(date -Is)"
    echo "$(bench_machine); H2 (default)"
    echo "boot-to-ready (health 200 and Hawtio up): ${boot} s; RSS idle 20 s later: $(bench_rss)"
    python3 bench/daily_sync.py "$base" "$password" "$n" "$latency" "$concurrency" \
        pat-model/src/main/resources/fi/ptvintegration/pat/examples "$sim"
    echo "  RSS after the runs: $(bench_rss)"
    curl -sf "$sim/simulator/stats"; echo
} | tee "$out"
