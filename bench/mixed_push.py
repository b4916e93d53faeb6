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
import base64
import json
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, password, n, latency, concurrency, examples, simulator = (
    sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7])
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()
CHANNEL_KINDS = ["echannel", "phone", "printableform", "servicelocation", "webpage"]


def example(kind):
    with open(f"{examples}/{kind}.json") as f:
        return json.load(f)


def call(method, path, body=None, headers=None):
    request = urllib.request.Request(base + path, data=None if body is None else json.dumps(body).encode(), method=method,
                                     headers={"Authorization": auth, "Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


orgs = max(1, n * 5 // 100)
channels = n * 40 // 100
services = n * 30 // 100
offerings = n - orgs - channels - services
records = []  # (path, body, push path or None)
for i in range(orgs):
    r = example("organization"); r["code"] = f"b{n}-org-{i}"
    records.append(("/cxf/yleiset/put", r, f"/cxf/ptv/organization/post/b{n}-org-{i}"))
channel_codes = []
for i in range(channels):
    kind = CHANNEL_KINDS[i % 5]
    r = example(kind); r["code"] = f"b{n}-ch-{i}"; r["organizationCode"] = f"b{n}-org-{i % orgs}"
    channel_codes.append(r["code"])
    records.append(("/cxf/yleiset/put", r, f"/cxf/ptv/servicechannel/{kind}/post/b{n}-ch-{i}"))
for i in range(services):
    r = example("service"); r["code"] = f"b{n}-svc-{i}"; org = f"b{n}-org-{i % orgs}"
    r["responsibleOrganizationCode"] = org
    for producer in r.get("producers", []):
        producer["organizationCodes"] = [org]
    records.append(("/cxf/yleiset/put", r, f"/cxf/ptv/service/post/b{n}-svc-{i}"))
for i in range(offerings):
    r = example("offering"); r["code"] = f"b{n}-off-{i}"
    r["serviceCode"] = f"b{n}-svc-{i % max(1, services)}"; r["channelCode"] = channel_codes[i % len(channel_codes)]
    records.append(("/cxf/palvelukanava/putPalvelutarjous", r, None))

started = time.time()
for group in (range(0, orgs), range(orgs, orgs + channels), range(orgs + channels, len(records))):
    with ThreadPoolExecutor(8) as pool:
        for status, answer in pool.map(lambda i: call("POST", records[i][0], records[i][1]), group):
            if status not in (200, 201):
                sys.exit(f"intake refused: {status} {answer}")
intake_seconds = time.time() - started

status, metrics = call("GET", "/cxf/ops/metrics")
delivered_before = metrics["delivered"]
pushes = [p for (_, _, p) in records if p]
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
