"""What the bench/*.py drivers of mixed records share: the call to the running distribution as its
admin, the shipped PAT examples, the mixed set of N records (5 % organisations, 40 % channels of the
five kinds, 30 % services, 25 % offerings, which reach PTV as connections of their service) and
writing them through intake in the order their references need."""
import base64
import json
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

CHANNEL_KINDS = ["echannel", "phone", "printableform", "servicelocation", "webpage"]


def admin_caller(base, password, timeout):
    """call(method, path, body=None, headers=None) -> (status, JSON answer) against the distribution, as admin."""
    auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()

    def call(method, path, body=None, headers=None):
        request = urllib.request.Request(base + path, data=None if body is None else json.dumps(body).encode(), method=method,
                                         headers={"Authorization": auth, "Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return answer.status, json.loads(answer.read() or b"{}")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"{}")

    return call


def example(examples, kind):
    with open(f"{examples}/{kind}.json") as f:
        return json.load(f)


def intake_path(kind, mode="put"):
    return f"/cxf/palvelukanava/{mode}Palvelutarjous" if kind == "offering" else f"/cxf/yleiset/{mode}"


@dataclass
class Mix:
    orgs: int
    channels: int
    services: int
    offerings: int
    records: list  # (kind, body): organisations, then channels, services, offerings


def mixed_records(n, examples, prefix, named=False):
    """N records coded <prefix>-org-<i>, -ch-, -svc-, -off-; named: each with its own Finnish name, channels Published."""
    orgs = max(1, n * 5 // 100)
    channels = n * 40 // 100
    services = n * 30 // 100
    offerings = n - orgs - channels - services
    records = []
    for i in range(orgs):
        r = example(examples, "organization"); r["code"] = f"{prefix}-org-{i}"
        if named:
            r["names"]["fi"] = f"Organisaatio {i}"
        records.append(("organization", r))
    channel_codes = []
    for i in range(channels):
        kind = CHANNEL_KINDS[i % 5]
        r = example(examples, kind); r["code"] = f"{prefix}-ch-{i}"; r["organizationCode"] = f"{prefix}-org-{i % orgs}"
        if named:
            r["publishingStatus"] = "Published"; r["names"]["fi"] = f"Kanava {i}"
        channel_codes.append(r["code"])
        records.append((kind, r))
    for i in range(services):
        r = example(examples, "service"); r["code"] = f"{prefix}-svc-{i}"; org = f"{prefix}-org-{i % orgs}"
        r["responsibleOrganizationCode"] = org
        if named:
            r["names"]["fi"] = f"Palvelu {i}"
        for producer in r.get("producers", []):
            producer["organizationCodes"] = [org]
        records.append(("service", r))
    for i in range(offerings):
        r = example(examples, "offering"); r["code"] = f"{prefix}-off-{i}"
        r["serviceCode"] = f"{prefix}-svc-{i % max(1, services)}"; r["channelCode"] = channel_codes[i % len(channel_codes)]
        records.append(("offering", r))
    return Mix(orgs, channels, services, offerings, records)


def write_in_order(mix, call):
    """Puts every record with 8 client threads, organisations first, then channels, then services and
    offerings (what each refers to is stored before it); exits on a refusal. Returns the seconds taken."""
    started = time.time()
    records = mix.records
    for group in (range(0, mix.orgs), range(mix.orgs, mix.orgs + mix.channels), range(mix.orgs + mix.channels, len(records))):
        with ThreadPoolExecutor(8) as pool:
            for status, answer in pool.map(lambda i: call("POST", intake_path(records[i][0]), records[i][1]), group):
                if status not in (200, 201):
                    sys.exit(f"intake refused: {status} {answer}")
    return time.time() - started
