#!/usr/bin/env bash
# Intake throughput of /cxf/yleiset/put on the booted distribution, with its default embedded H2
# or with a real PostgreSQL 17 (zonky's binaries from Maven Central, started by the benchmarks
# module). Unpacks the built archive into a temporary directory, starts it on free ports, puts a
# new service per request with wrk (1 connection = a single client, then 8), and writes the
# figures to bench/results/intake-<database>-<date>.txt. Needs: the archive and the benchmarks
# module (./mvnw install -DskipTests), wrk (Debian package wrk), curl.
#
#   bench/intake-throughput.sh [seconds-per-run] [h2|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
database=${2:-h2}
. bench/lib.sh
bench_unpack
if [ "$database" = postgres ]; then
    ./mvnw -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" > /dev/null
    java -cp "benchmarks/target/classes:$(cat "$work/cp.txt")" fi.ptvintegration.benchmarks.EmbeddedPostgresServer \
        "$(bench_free_port)" "$work/pg.url" > "$work/postgres.log" 2>&1 &
    pg_pid=$!
    until [ -s "$work/pg.url" ]; do sleep 0.2; done
    export PTV_DB_DRIVER=org.postgresql.Driver PTV_DB_URL=$(cat "$work/pg.url") PTV_DB_USER=ptv PTV_DB_PASSWORD=bench
fi
bench_start_karaf
ready=$boot
auth=$(printf 'admin:%s' "$password" | base64)
example=pat-model/src/main/resources/fi/ptvintegration/pat/examples/service.json
curl -sf -o /dev/null -u "admin:$password" -H 'Content-Type: application/json' --data-binary @"$example" "$base/cxf/yleiset/put"

out=$(bench_results "intake-$database")
{
    echo "# Intake throughput, /cxf/yleiset/put, new service per request, database: $database"
    echo "date: $(date -Is)"
    bench_machine
    echo "distribution ready after ${ready}s"
    for clients in 1 8; do
        echo
        echo "## $clients client(s), ${seconds}s (after a ${BENCH_WARMUP:-5} s warm-up)"
        wrk -t1 -c"$clients" -d"${BENCH_WARMUP:-5}s" -s bench/intake-create.lua "$base" -- "$example" "$auth" > /dev/null
        wrk -t1 -c"$clients" -d"${seconds}s" -s bench/intake-create.lua --latency "$base" -- "$example" "$auth" \
            | grep -E 'Requests/sec|non-201|latency median|Latency '
    done
    echo
    echo "RSS after the runs: $(grep VmRSS /proc/"$(cat "$home/karaf.pid")"/status | awk '{print $2/1024 " MB"}')"
} | tee "$out"
