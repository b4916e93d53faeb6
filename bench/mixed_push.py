#!/usr/bin/env python3
"""Full push of N mixed PAT entities through a running distribution, measured.

Writes N records (5 % organisations, 40 % channels of the five kinds, 30 % services, 25 %
offerings, which reach PTV as connections of their service) with 8 client threads, queues a push
of every organisation, channel and service with `Prefer: respond-async` (organisations first,
then channels, then services), and times the outbox worker until every push is delivered. The
bound is what PTV's latency and the worker's concurrency allow: PTV calls x latency / concurrency
(one call per organisation and channel, three per service: save, connections, read-back).

Usage: mixed_push.py BASE_URL ADMIN_PASSWORD N LATENCY_MS CONCURRENCY EXAMPLES_DIR SIMULATOR_URL
"""
import sys
import time
import urllib.request

from bench_common import admin_caller, mixed_records, write_in_order

base, password, n, latency, concurrency, examples, simulator = (
    sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7])
call = admin_caller(base, password, 60)
mix = mixed_records(n, examples, f"b{n}")
orgs, channels, services, offerings = mix.orgs, mix.channels, mix.services, mix.offerings
PUSH_PATHS = {"organization": "/cxf/ptv/organization/post/", "service": "/cxf/ptv/service/post/"}
pushes = [PUSH_PATHS.get(kind, f"/cxf/ptv/servicechannel/{kind}/post/") + body["code"]
          for kind, body in mix.records if kind != "offering"]

intake_seconds = write_in_order(mix, call)

status, metrics = call("GET", "/cxf/ops/metrics")
delivered_before = metrics["delivered"]
urllib.request.urlopen(urllib.request.Request(simulator + f"/simulator/latency/{latency}", method="POST")).read()
started = time.time()
for push in pushes:
    status, answer = call("POST", push, headers={"Prefer": "respond-async"})
    if status != 202:
        sys.exit(f"push not queued: {status} {answer}")
queued_seconds = time.time() - started
while True:
    status, metrics = call("GET", "/cxf/ops/metrics")
    if metrics["delivered"] - delivered_before >= len(pushes):
        break
    if metrics["failedInOutbox"] > 0:
        sys.exit(f"deliveries failed: {metrics}")
    time.sleep(0.2)
wall = time.time() - started
urllib.request.urlopen(urllib.request.Request(simulator + "/simulator/latency/0", method="POST")).read()
calls = orgs + channels + 3 * services
bound = calls * latency / 1000.0 / concurrency
print(f"N={n}: {orgs} organisations, {channels} channels, {services} services, {offerings} offerings as connections;"
      f" intake {intake_seconds:.1f} s ({n / intake_seconds:.0f} records/s, 8 clients)")
print(f"  {len(pushes)} pushes queued in {queued_seconds:.1f} s, all delivered after {wall:.1f} s ="
      f" {len(pushes) / wall:.1f} pushes/s, {calls / wall:.1f} PTV calls/s;"
      f" bound {calls} calls x {latency} ms / {concurrency} = {bound:.1f} s ({100 * bound / wall:.0f} % of it reached);"
      f" retried {metrics['retried']}")
