#!/usr/bin/env bash
# Runs the PTV integration on its embedded defaults (H2 database in data/, PTV simulator
# address from etc/fi.ptvintegration.ptv.cfg), in the foreground with the Karaf console.
# Builds the distribution first when it is missing or older than the sources.
#
#   ./run.sh            build if needed, then start
#   ./run.sh --rebuild  always rebuild first
set -euo pipefail
cd "$(dirname "$0")"

assembly=karaf-assembly/target/assembly
newest_source=$(find pom.xml */pom.xml */src -newer "$assembly/etc/config.properties" -print -quit 2>/dev/null || true)
if [[ "${1:-}" == "--rebuild" || ! -x "$assembly/bin/karaf" || -n "$newest_source" ]]; then
    echo "Building the distribution (tests skipped here; ./mvnw verify runs them)..."
    ./mvnw -B -q -ntp install -DskipTests -pl karaf-assembly -am
fi

echo "Starting Karaf. Health: curl http://localhost:8181/cxf/health   Hawtio: http://localhost:8181/hawtio (admin/admin locally)"
exec "$assembly/bin/karaf"
