#!/usr/bin/env bash
# Full push of N mixed entities (organisations, the five channel kinds, services with their
# offerings as connections) through the booted distribution to the PTV simulator at a simulated
# latency, for each N given; see bench/mixed_push.py for what is measured. Also records
# boot-to-ready and RSS idle and after the runs. Results: bench/results/mixed-push-<date>.txt.
# Needs the built archive and simulator (./mvnw install -DskipTests), curl and python3.
#
#   bench/mixed-push.sh [latency-ms] [concurrency] [N ...]     (defaults: 50 4 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
latency=${1:-50}
concurrency=${2:-4}
shift 2 || true
sizes=${*:-1000 10000}
archive=$(ls karaf-assembly/target/karaf-assembly-*.tar.gz)
simulator=$(ls ptv-simulator/target/ptv-simulator-*-runnable.jar)
work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
sim_port=$(free_port)
java -jar "$simulator" --port "$sim_port" > "$work/simulator.log" 2>&1 &
sim_pid=$!
trap 'kill $sim_pid 2>/dev/null || true; if [ -f "$work"/*/karaf.pid ]; then kill "$(cat "$work"/*/karaf.pid)" 2>/dev/null || true; fi; sleep 3; rm -rf "$work"' EXIT
tar xzf "$archive" -C "$work"
home=$(echo "$work"/karaf-assembly-*)
port=$(free_port)
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 0/" "$home/etc/org.apache.karaf.shell.cfg"
cfg="$home/etc/fi.ptvintegration.runtime.cfg"
sed -i "s/^delivery.concurrency *=.*/delivery.concurrency = $concurrency/; s/^delivery.missing.reference *=.*/delivery.missing.reference = wait/; s/^delivery.backoff.initial.ms *=.*/delivery.backoff.initial.ms = 200/; s/^delivery.backoff.max.ms *=.*/delivery.backoff.max.ms = 1000/; s/^delivery.max.attempts *=.*/delivery.max.attempts = 1000/; s/^delivery.poll.interval.ms *=.*/delivery.poll.interval.ms = 100/" "$cfg"
password=bench-$RANDOM$RANDOM
start=$(date +%s.%N)
PTV_ADMIN_PASSWORD=$password PTV_BASE_URL="http://127.0.0.1:$sim_port" "$home/bin/karaf" server > "$home/console.log" 2>&1 &
until curl -sf -o /dev/null "http://localhost:$port/cxf/health" && [ "$(curl -sL -o /dev/null -w '%{http_code}' "http://localhost:$port/hawtio/")" = 200 ]; do sleep 0.2; done
boot=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
sleep 20
rss() { awk '/VmRSS/{printf "%d MB", $2/1024}' "/proc/$(cat "$home/karaf.pid")/status"; }
mkdir -p bench/results
out=bench/results/mixed-push-$(date +%Y-%m-%d).txt
{
    echo "# Mixed full push through the outbox: PTV latency ${latency} ms, delivery.concurrency ${concurrency}"
    echo "date: $(date -Is)"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); H2 (default)"
    echo "boot-to-ready (health 200 and Hawtio up): ${boot} s; RSS idle 20 s later: $(rss)"
    for n in $sizes; do
        python3 bench/mixed_push.py "http://localhost:$port" "$password" "$n" "$latency" "$concurrency" \
            pat-model/src/main/resources/fi/ptvintegration/pat/examples "http://127.0.0.1:$sim_port"
        echo "  RSS after N=$n: $(rss)"
    done
    curl -sf "http://127.0.0.1:$sim_port/simulator/stats"; echo
} | tee "$out"
