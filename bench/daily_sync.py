#!/usr/bin/env python3
"""The daily sync of N mixed PAT records through a running distribution, measured.

Writes N records (5 % organisations, 40 % channels of the five kinds, 30 % services, 25 %
offerings, which reach PTV as connections of their service) with 8 client threads at no PTV
latency, then sets the simulator's latency and runs three syncs through POST /cxf/ops/sync,
following each batch at GET /cxf/ops/sync/{batch} until it has finished:

1. the first sync, which creates everything;
2. after 10 % of the records were changed (an update of each: half services, half channels) and
   5 % removed (services and channels no offering names), the daily sync, whose dry run is
   compared with what it sent;
3. a second sync right after, which must send nothing.

For each: deliveries, wall time from the start call to the batch finished, deliveries per second,
the bound if each delivery were one PTV call (deliveries x latency / concurrency), the PTV calls
the batch made (counted in the integration log under the batch id: a service's connections are a
PUT and a read, an update reads PTV's latest version first) and the bound those calls allow
(PTV calls x latency / concurrency). The phases
(organisations, channels, services, archives) each wait for the one before, so a phase's tail runs
below full concurrency.

Usage: daily_sync.py BASE_URL ADMIN_PASSWORD N LATENCY_MS CONCURRENCY EXAMPLES_DIR SIMULATOR_URL
"""
import sys
import time
import urllib.parse
import urllib.request

from bench_common import CHANNEL_KINDS, admin_caller, intake_path, mixed_records, write_in_order

base, password, n, latency, concurrency, examples, simulator = (
    sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7])
call = admin_caller(base, password, 120)


def simulator_latency(ms):
    urllib.request.urlopen(urllib.request.Request(simulator + f"/simulator/latency/{ms}", method="POST")).read()


mix = mixed_records(n, examples, f"d{n}", named=True)
orgs, channels, services, offerings, records = mix.orgs, mix.channels, mix.services, mix.offerings, mix.records


def intake(mode, record):
    kind, body = record
    return call("POST", intake_path(kind, mode), body)


def remove(record):
    kind, body = record
    path = "/cxf/palvelukanava/removePalvelutarjous" if kind == "offering" else "/cxf/yleiset/remove"
    return call("POST", path, {"kind": kind, "code": body["code"]})


def ptv_calls(batch):
    """The OUT entries of the integration log under the batch id, paged newest first by time."""
    count, to, seen = 0, None, set()
    while True:
        query = {"correlationId": batch, "direction": "OUT", "limit": "1000"}
        if to:
            query["to"] = to
        status, answer = call("GET", "/cxf/ops/log?" + urllib.parse.urlencode(query))
        fresh = [e for e in answer["entries"] if (e["loggedAt"], e["endpoint"], e.get("method"), e.get("code")) not in seen]
        for e in fresh:
            seen.add((e["loggedAt"], e["endpoint"], e.get("method"), e.get("code")))
        count += len(fresh)
        if len(answer["entries"]) < 1000 or not fresh:
            return count
        to = answer["entries"][-1]["loggedAt"]


def sync(label):
    status, plan = call("GET", "/cxf/ops/sync/plan")
    planned = {f"{c['kind']} {c['operation']}": c["count"] for c in plan["counts"]}
    started = time.time()
    status, answer = call("POST", "/cxf/ops/sync")
    if status != 202:
        sys.exit(f"sync not started: {status} {answer}")
    batch = answer["batch"]
    while True:
        status, progress = call("GET", f"/cxf/ops/sync/{batch}")
        if progress["state"] != "RUNNING":
            break
        time.sleep(0.2)
    wall = time.time() - started
    sent = {}
    for k in progress.get("byKindAndOperation", []):
        sent[f"{k['kind']} {k['operation']}"] = sum(k["counts"].values())
    delivered = progress["counts"].get("DELIVERED", 0)
    failed = progress["counts"].get("FAILED", 0)
    calls = ptv_calls(batch)
    bound = calls * latency / 1000.0 / concurrency
    print(f"{label}: batch {batch} {progress['state']}, {plan['planned']} planned in {len(plan['phases'])} phases"
          f" ({', '.join(p['phase'] + ' ' + str(p['count']) for p in plan['phases'])}), {delivered} delivered, {failed} failed;"
          f" dry run {'=' if sent == planned else '!='} sent")
    if plan["planned"]:
        item_bound = delivered * latency / 1000.0 / concurrency
        print(f"  {wall:.1f} s wall = {delivered / wall:.1f} deliveries/s ({progress['itemsPerSecond']} by the batch's own clock);"
              f" bound by items {delivered} x {latency} ms / {concurrency} = {item_bound:.1f} s ({100 * item_bound / wall:.0f} %);"
              f" {calls} PTV calls = {calls / wall:.1f} calls/s, bound by calls {calls} x {latency} ms / {concurrency} = {bound:.1f} s"
              f" ({100 * bound / wall:.0f} % of it reached)")
        print(f"  sent: {sent}")
    else:
        print(f"  {wall:.2f} s wall, {calls} PTV calls")
    return progress


simulator_latency(0)
intake_seconds = write_in_order(mix, call)
print(f"N={n}: {orgs} organisations, {channels} channels, {services} services, {offerings} offerings as connections;"
      f" intake {intake_seconds:.1f} s")

simulator_latency(latency)
sync("first sync (everything new)")

simulator_latency(0)
# Half of the changes and removals are services, half channels (of the five kinds alike). Removed
# ones are records no offering names, so that no other record's connections change with them and
# the sync sends exactly the changed and removed records (a channel removed under an offering
# would also update the offering's service: that is DailySyncTest's, not the figure's, business).
channel_records = [r for r in records if r[0] in CHANNEL_KINDS]
service_records = [r for r in records if r[0] == "service"]
named = {body[field] for kind, body in records if kind == "offering" for field in ("serviceCode", "channelCode")}
free_channels = [r for r in channel_records if r[1]["code"] not in named]
free_services = [r for r in service_records if r[1]["code"] not in named]
changed = service_records[0:n // 20] + channel_records[0:n // 20]
removed = free_services[0:n // 40] + free_channels[0:n // 20 - n // 40]
if len(changed) != n // 10 or len(removed) != n // 20 or {r[1]["code"] for r in changed} & {r[1]["code"] for r in removed}:
    sys.exit(f"N={n} leaves too few records no offering names to remove 5 %")
for kind, body in changed:
    body = dict(body)
    if kind == "offering":
        body["description"] = dict(body["description"], fi="Muutettu kuvaus")
    else:
        body["names"] = dict(body["names"], fi=body["names"]["fi"] + " (muutettu)")
    status, answer = intake("update", (kind, body))
    if status != 200:
        sys.exit(f"update refused: {status} {answer}")
for record in removed:
    status, answer = remove(record)
    if status != 200:
        sys.exit(f"removal refused: {status} {answer}")
print(f"changed {len(changed)} records (10 %), removed {len(removed)} (5 %)")
simulator_latency(latency)
sync("daily sync (10 % changed, 5 % removed)")
sync("second sync right after")
simulator_latency(0)
