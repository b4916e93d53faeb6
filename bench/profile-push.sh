#!/usr/bin/env bash
# Where a push's time goes: one client pushes the same stored organisation (PTV update) at 0 ms
# simulated PTV latency; after a warm-up, Java Flight Recorder samples the Karaf JVM and the CPU
# the JVM and the simulator use is read from /proc. bench/jfr_summary.py turns the samples into
# the share of CPU samples under each of the application's methods and the JDBC calls.
# Results: bench/results/profile-push-<date>.txt (the recording itself is deleted with the
# temporary directory unless BENCH_KEEP_JFR names a file to copy it to). Needs the built archive and simulator, wrk, curl, python3.
#
#   bench/profile-push.sh [warm-up-seconds] [recorded-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
warmup=${1:-90}
recorded=${2:-20}
. bench/lib.sh
bench_unpack
bench_start_simulator
jfr_file="$work/push.jfr"
bench_start_karaf
bench_linked_organization
pid=$(cat "$home/karaf.pid")
wrk -t1 -c1 -d"$((warmup + 2 * recorded + 5))s" -s bench/push-put.lua --latency "$base" -- "$auth" turku-liikuntapalvelut \
    > "$work/wrk.txt" &
wrk_pid=$!
sleep "$warmup"
# CPU is read before the recording starts: starting JFR in a running JVM costs CPU of its own.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
karaf_before=$(ticks "$pid"); sim_before=$(ticks "$sim_pid")
sleep "$recorded"
karaf_after=$(ticks "$pid"); sim_after=$(ticks "$sim_pid")
jcmd "$pid" JFR.start settings=profile duration="${recorded}s" filename="$jfr_file" > /dev/null
sleep "$recorded"
until [ -s "$jfr_file" ]; do sleep 1; done
sleep 2
wait "$wrk_pid"
[ -n "${BENCH_KEEP_JFR:-}" ] && cp "$jfr_file" "$BENCH_KEEP_JFR"
mkdir -p bench/results
out=$(bench_results profile-push)
{
    echo "# Profile of /cxf/ptv/organization/put at 0 ms PTV latency, 1 client, ${recorded} s recorded after ${warmup} s"
    echo "date: $(date -Is)"
    bench_machine
    grep -E 'Requests/sec|non-2xx' "$work/wrk.txt"
    echo "CPU in the ${recorded} s before the recording: Karaf $(( (karaf_after - karaf_before) / recorded ))% of one core," \
        "simulator $(( (sim_after - sim_before) / recorded ))% (from /proc, 100 ticks a second)"
    echo
    python3 bench/jfr_summary.py "$jfr_file"
} | tee "$out"
