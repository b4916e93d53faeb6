#!/usr/bin/env bash
# Runs the PTV integration on its embedded defaults: H2 database under the distribution's data/,
# and the PTV simulator on port 8282 standing in for PTV (what etc/fi.ptvintegration.ptv.cfg
# points at by default). Karaf runs in the foreground with its console; leaving it (Ctrl-D or
# logout) stops the simulator too. Builds first when the distribution is missing or older than
# the sources.
#
#   ./run.sh              build if needed, start the simulator and Karaf
#   ./run.sh --rebuild    always rebuild first
#   PTV_BASE_URL=https://api.palvelutietovaranto.trn.suomi.fi ./run.sh   real PTV test environment,
#                         no simulator (see README: PTV_TOKEN_URL, PTV_USERNAME, PTV_PASSWORD)
set -euo pipefail
cd "$(dirname "$0")"

assembly=karaf-assembly/target/assembly
simulator_jar() { ls ptv-simulator/target/ptv-simulator-*-runnable.jar 2>/dev/null | head -1; }
newest_source=$(find pom.xml */pom.xml */src -newer "$assembly/etc/config.properties" -print -quit 2>/dev/null || true)
if [[ "${1:-}" == "--rebuild" || ! -x "$assembly/bin/karaf" || -z "$(simulator_jar)" || -n "$newest_source" ]]; then
    echo "Building the distribution and the PTV simulator (tests skipped here; ./mvnw verify runs them)..."
    ./mvnw -B -q -ntp install -DskipTests -pl karaf-assembly,ptv-simulator -am
fi

if [[ -z "${PTV_BASE_URL:-}" ]]; then
    mkdir -p "$assembly/data/log"
    java -jar "$(simulator_jar)" --port 8282 > "$assembly/data/log/ptv-simulator.log" 2>&1 &
    simulator=$!
    trap 'kill $simulator 2>/dev/null || true' EXIT
    until curl -s -o /dev/null http://127.0.0.1:8282/ 2>/dev/null; do sleep 0.2; done
    echo "PTV simulator on http://127.0.0.1:8282 (log: $assembly/data/log/ptv-simulator.log)"
fi

echo "Starting Karaf. Health: curl http://localhost:8181/cxf/health   Hawtio: http://localhost:8181/hawtio (admin/admin locally)"
"$assembly/bin/karaf"
