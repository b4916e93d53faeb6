# Shared by the bench/*.sh scripts (sourced, not run): unpack the built distribution on free
# ports, start the PTV simulator, set runtime keys, start Karaf and wait until it is ready, and
# clean everything up on exit. Run from the project root after ./mvnw install -DskipTests.

bench_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

# Unpacks the archive into a temporary directory: sets work, home, port (HTTP), password.
# BENCH_ARCHIVE names another archive than the one built here (a "before" build kept aside, to
# measure before and after side by side in one run).
bench_unpack() {
    work=$(mktemp -d)
    sim_pid=
    pg_pid=
    trap bench_cleanup EXIT
    tar xzf "${BENCH_ARCHIVE:-$(ls karaf-assembly/target/karaf-assembly-*.tar.gz)}" -C "$work"
    home=$(echo "$work"/karaf-assembly-*)
    port=$(bench_free_port)
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
    sed -i "s/^sshPort *=.*/sshPort = 0/" "$home/etc/org.apache.karaf.shell.cfg"
    password=bench-$RANDOM$RANDOM
    # BENCH_H2_URL_OPTIONS replaces the end of the shipped H2 URL after DEFAULT_NULL_ORDERING=HIGH
    # (shipped: ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64"), to measure what a setting costs, e.g.
    # ";WRITE_DELAY=500;QUERY_CACHE_SIZE=64" (commits not written through: never for production).
    if [ -n "${BENCH_H2_URL_OPTIONS:-}" ]; then
        export PTV_DB_URL="jdbc:h2:file:$home/data/db/ptv;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH$BENCH_H2_URL_OPTIONS"
    fi
}

bench_cleanup() {
    [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null
    if [ -f "$home/karaf.pid" ]; then
        local karaf_pid
        karaf_pid=$(cat "$home/karaf.pid")
        kill "$karaf_pid" 2>/dev/null
        for _ in $(seq 1 60); do kill -0 "$karaf_pid" 2>/dev/null || break; sleep 0.5; done
    fi
    sleep 1
    [ -n "${pg_pid:-}" ] && kill "$pg_pid" 2>/dev/null && sleep 2
    rm -rf "$work"
}

# Starts the PTV simulator on a free port: sets sim_port, sim_pid, sim (its base URL).
bench_start_simulator() {
    # Never Karaf's port: a port the kernel just handed out as free can come back at once.
    sim_port=$(bench_free_port)
    while [ "$sim_port" = "$port" ]; do sim_port=$(bench_free_port); done
    java -jar "$(ls ptv-simulator/target/ptv-simulator-*-runnable.jar)" --port "$sim_port" > "$work/simulator.log" 2>&1 &
    sim_pid=$!
    sim="http://127.0.0.1:$sim_port"
}

# Sets one key of etc/fi.ptvintegration.runtime.cfg.
bench_configure() {
    sed -i "s/^$1 *=.*/$1 = $2/" "$home/etc/fi.ptvintegration.runtime.cfg"
}

# Starts Karaf (the environment passes through, PTV_BASE_URL = the simulator when one runs) and
# waits until /cxf/health answers 200 and Hawtio serves its login page: sets base, boot (seconds).
bench_start_karaf() {
    local started
    started=$(date +%s.%N)
    if [ -n "${sim_pid:-}" ]; then export PTV_BASE_URL="$sim"; fi
    PTV_ADMIN_PASSWORD=$password "$home/bin/karaf" server > "$home/console.log" 2>&1 &
    base="http://localhost:$port"
    local deadline=$(( $(date +%s) + ${BENCH_BOOT_TIMEOUT:-300} ))
    until curl -sf --max-time 10 -o /dev/null "$base/cxf/health" && [ "$(curl -sL --max-time 10 -o /dev/null -w '%{http_code}' "$base/hawtio/")" = 200 ]; do
        if [ "$(date +%s)" -gt "$deadline" ]; then
            echo "Karaf was not ready within ${BENCH_BOOT_TIMEOUT:-300} s; the end of its log:" >&2
            tail -20 "$home/data/log/karaf.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    boot=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")
}

# Stores the example organisation (code turku-liikuntapalvelut) and creates it in PTV through the
# middleware, so that each push of it after is a PTV update (bench/push-put.lua): sets auth (HTTP
# Basic, for the wrk scripts) and ptv_id.
bench_linked_organization() {
    auth=$(printf 'admin:%s' "$password" | base64)
    curl -sf -o /dev/null -u "admin:$password" -H 'Content-Type: application/json' \
        --data-binary @pat-model/src/main/resources/fi/ptvintegration/pat/examples/organization.json "$base/cxf/yleiset/put"
    ptv_id=$(curl -sf -u "admin:$password" -X POST "$base/cxf/ptv/organization/post/turku-liikuntapalvelut" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["ptvId"])')
}

# CPU ticks (user + system, CLK_TCK a second) a process has used so far.
bench_cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

bench_rss() { awk '/VmRSS/{printf "%d MB", $2/1024}' "/proc/$(cat "$home/karaf.pid")/status"; }

# The results file of a harness: bench/results/<name>-<date>[-<BENCH_LABEL>].txt.
bench_results() {
    mkdir -p bench/results
    echo "bench/results/$1-$(date +%Y-%m-%d)${BENCH_LABEL:+-$BENCH_LABEL}.txt"
}

bench_machine() {
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)${BENCH_H2_URL_OPTIONS:+; H2 URL ending $BENCH_H2_URL_OPTIONS instead of the shipped one}"
}
