#!/usr/bin/env bash
# Code-list search latency through the booted distribution: 30,000 generated ontology terms
# (bench/codelist_search.py generate) are put into the PTV simulator's v12 code lists, the
# distribution refreshes them from it (300 pages of 100, timed), then one client sends searches
# like an autocomplete's to /cxf/codelists/ontology-terms and the median, p90, p99 and max
# latency go to bench/results/codelist-search-<date>.txt. Target: p99 under 20 ms.
# BENCH_WARMUP=<seconds> of searches before measuring (default 60).
# Needs: the archive and the simulator jar (./mvnw install -DskipTests), python3, curl.
#
#   bench/codelist-search.sh [terms] [searches]
set -euo pipefail
cd "$(dirname "$0")/.."
terms=${1:-30000}
searches=${2:-5000}
. bench/lib.sh
bench_unpack
bench_start_simulator
python3 bench/codelist_search.py generate "$terms" "$work/terms.json"
until curl -sf -o /dev/null "$sim/simulator/codelists"; do sleep 0.2; done
curl -sf -o /dev/null -X PUT --data-binary @"$work/terms.json" "$sim/simulator/codelists/ontology-terms"
key=bench-$RANDOM$RANDOM
export PTV_INTAKE_API_KEYS=$key PTV_CODELISTS_V12_URL=$sim PTV_CODELISTS_REFRESH_MINUTES=0
bench_start_karaf
ready=$boot
started=$(date +%s.%N)
curl -sf -o "$work/refresh.json" -X POST -u "admin:$password" "$base/cxf/ops/codelists/refresh"
refresh=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")
loaded=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print([l for l in r['lists'] if l['list']=='ontology-terms'][0])" "$work/refresh.json")

mkdir -p bench/results
out=bench/results/codelist-search-$(date +%Y-%m-%d).txt
{
    echo "# Code-list search, /cxf/codelists/ontology-terms, $terms generated terms, embedded H2"
    echo "date: $(date -Is)"
    bench_machine
    echo "load average (1, 5, 15 min) before the searches: $(cut -d" " -f1-3 /proc/loadavg)"
    echo "distribution ready after ${ready}s"
    echo "refresh of every list from the simulator (ontology terms: $terms in $(( (terms + 99) / 100 )) pages): ${refresh}s"
    echo "ontology terms: $loaded"
    python3 bench/codelist_search.py measure "$base" "$key" "$work/terms.json" "$searches" "${BENCH_WARMUP:-60}"
    echo "RSS after the runs: $(bench_rss)"
} | tee "$out"
