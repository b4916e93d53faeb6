#!/usr/bin/env python3
"""Builds the content the PTV simulator preloads (items "typed in by hand" before any push) from
the shared PTV samples: real read-model answers of Vaasa's services and channels (v8, 2018) and of
Mikkeli's Otavia (v11, 2020).

Usage (in ptv-simulator/): python3 tools/items_from_samples.py ../../shared/ptv/samples src/main/resources/fi/ptvintegration/ptv/simulator/items/sample-items.json

Every service and channel of v8/ and v11/ is kept in PTV's read shape, with what belongs to one
PTV instance taken out, because a preload gives each copy its own id, organisation, status and
times: id, sourceId, modified, publishingStatus, organisation links, connections (services of a
channel, channels of a service), service collections, versions. Classification entries keep
their name, code, type and URIs but not their long descriptions, which PTV repeats on every
service. The organisation template is v9/'s Vaasa (the newest shape of it).
"""
import glob
import json
import os
import sys

samples, out = sys.argv[1], sys.argv[2]

PER_INSTANCE = ('id', 'sourceId', 'modified', 'publishingStatus', 'organizations', 'organizationId', 'serviceChannels',
                'services', 'serviceCollections', 'responsibleSoteOrganization', 'versionId', 'channelId',
                'organizationRootId', 'parentOrganizationId', 'responsibleOrganizationId', 'subOrganizations')
CLASSIFICATIONS = ('serviceClasses', 'ontologyTerms', 'targetGroups', 'lifeEvents', 'industrialClasses')


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def template(item):
    kept = {k: v for k, v in item.items() if k not in PER_INSTANCE}
    for key in CLASSIFICATIONS:
        if isinstance(kept.get(key), list):
            kept[key] = [{k: v for k, v in entry.items() if k != 'description'} for entry in kept[key]]
    return kept


def finnish_name(item):
    for name in item.get('serviceNames') or item.get('serviceChannelNames') or []:
        if name.get('language') == 'fi' and name.get('type', 'Name') == 'Name' and name.get('value'):
            return name['value']
    return None


items = []
for version in ('v11', 'v8'):
    for path in sorted(glob.glob(os.path.join(samples, version, 'services', '*.json'))):
        items.append(template(load(path)))
    for path in sorted(glob.glob(os.path.join(samples, version, 'servicechannels', '*', '*.json'))):
        items.append(template(load(path)))
items = [i for i in items if finnish_name(i)]

organization = template(load(os.path.join(samples, 'v9', 'organizations', '7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5.json')))

os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'organization': organization, 'items': items}, f, ensure_ascii=False, separators=(',', ':'))
    f.write('\n')
print('%d items (%d services) and one organisation written to %s' % (
    len(items), sum(1 for i in items if 'serviceNames' in i), out))
