#!/usr/bin/env python3
"""Drift scan of N linked items through the booted distribution (see bench/drift-scan.sh).

The organisation is pushed; the simulator is given N services and channels typed into PTV with
sourceIds; Drupal sends a record for each; the match proposals are accepted (N adoptions); then
the simulator answers at the given latency, M of the items are edited in PTV's editor, and
POST /cxf/ops/drift/scan reads every linked item once. Prints the scan's figures, the bound
(latency x items / concurrency) and how close the scan came to it.

    drift_scan.py base password N latency-ms concurrency examples-dir simulator-url
"""
import base64
import json
import sys
import time
import urllib.error
import urllib.request

base, password, n, latency, concurrency, examples, simulator = (
    sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7])
auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()
EXAMPLE = {"Service": "service", "Phone": "phone", "EChannel": "echannel", "ServiceLocation": "servicelocation",
           "WebPage": "webpage", "PrintableForm": "printableform"}


def example(kind):
    with open(f"{examples}/{kind}.json") as f:
        return json.load(f)


def call(method, url, body=None, headers=None, timeout=600):
    request = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(), method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def ok(result, *statuses):
    status, body = result
    if status not in statuses:
        sys.exit(f"unexpected {status}: {json.dumps(body)[:500]}")
    return body


admin = {"Authorization": auth}
ok(call("POST", base + "/cxf/yleiset/put", example("organization"), admin), 200, 201)
org_id = ok(call("POST", base + "/cxf/ptv/organization/post/turku-liikuntapalvelut", None, admin), 200)["ptvId"]
held = ok(call("POST", simulator + "/simulator/preload", {"organizationId": org_id, "count": n, "sourceIds": True,
                                                          "sourceIdPrefix": "turku-scan-", "kinds": list(EXAMPLE)}), 200)
items = [item for item in held if item["kind"] in EXAMPLE]
for item in items:
    record = example(EXAMPLE[item["kind"]])
    record["code"] = item["sourceId"][len("turku-"):]
    ok(call("POST", base + "/cxf/yleiset/put", record, admin), 201)
proposals = ok(call("GET", base + "/cxf/ops/adoption/proposals?organization=turku-liikuntapalvelut", None, admin), 200)
# The accept call takes at most 5,000 pairs at once (the API's bound), so larger runs accept in parts.
pairs = proposals["pairs"]
accepted = {"adopted": 0}
for start in range(0, len(pairs), 5000):
    part = ok(call("POST", base + "/cxf/ops/adoption/accept", pairs[start:start + 5000], admin), 200)
    accepted["adopted"] += part["adopted"]
edited = min(n // 10, len(items))
for item in items[:edited]:
    ok(call("POST", simulator + f"/simulator/items/{item['id']}/edit", {"texts": [
        {"list": "serviceNames" if item["kind"] == "Service" else "serviceChannelNames", "type": "Name", "language": "fi",
         "value": "Muokattu PTV:ssä"}]}), 200)
call("POST", simulator + f"/simulator/latency/{latency}")
started = time.monotonic()
report = ok(call("POST", base + "/cxf/ops/drift/scan", None, admin), 200)
wall = time.monotonic() - started
call("POST", simulator + "/simulator/latency/0")
linked = report["scanned"]
bound = latency / 1000.0 * linked / concurrency
print(f"linked items: {linked} (organisation + {accepted['adopted']} adopted); edited in PTV's editor: {edited}")
print(f"scan: {report['millis'] / 1000.0:.1f} s in the scan, {wall:.1f} s for the call; {report['drifted']} drifted, "
      f"{report['unchanged']} unchanged, {report['unreadable']} unreadable, {report['gone']} gone")
print(f"PTV calls: {linked} (one read of the latest version per item); {linked / (report['millis'] / 1000.0):.1f} items/s")
print(f"bound latency x items / concurrency = {latency} ms x {linked} / {concurrency} = {bound:.1f} s; "
      f"scan at {100.0 * bound / (report['millis'] / 1000.0):.0f} % of the bound")
