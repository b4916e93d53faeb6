#!/usr/bin/env bash
# Drift scan of N linked items (adopted through the match proposals) through the booted
# distribution against the PTV simulator at a simulated latency, with the scan's concurrency
# given; see bench/drift_scan.py for what is measured. Results: bench/results/drift-scan-<date>[-<N>].txt.
# Needs the built archive and simulator (./mvnw install -DskipTests), curl and python3.
#
#   bench/drift-scan.sh [latency-ms] [concurrency] [N]     (defaults: 50 4 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
latency=${1:-50}
concurrency=${2:-4}
n=${3:-1000}
. bench/lib.sh
bench_unpack
bench_start_simulator
bench_configure drift.scan.concurrency "$concurrency"
bench_configure drift.scan.interval.hours 0
export PTV_SOURCE_ID_PREFIX=turku-
bench_start_karaf
# A run of other than 1,000 items names its size: bench/results/drift-scan-<date>-<N>.txt.
out=$(BENCH_LABEL=${BENCH_LABEL:-$([ "$n" = 1000 ] || echo "$n")} bench_results drift-scan)
{
    echo "# Drift scan: PTV latency ${latency} ms, drift.scan.concurrency ${concurrency}, ${n} items typed into PTV and adopted"
    echo "date: $(date -Is)"
    echo "$(bench_machine); H2 (default)"
    python3 bench/drift_scan.py "$base" "$password" "$n" "$latency" "$concurrency" \
        pat-model/src/main/resources/fi/ptvintegration/pat/examples "$sim"
} | tee "$out"
