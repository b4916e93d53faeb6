#!/usr/bin/env python3
"""Builds the PTV simulator's code lists (v12 item shape) from the shared PTV samples.

Usage: python3 tools/codelists_from_samples.py ../shared/ptv/samples src/main/resources/fi/ptvintegration/ptv/simulator/codelists

Service classes, ontology terms, target groups and life events are every distinct entry that the
sample services (v8, v9, v11) carry, with their fi/sv/en names as PTV served them; where a file
has a newer version of an entry (v11 over v9 over v8), the newer one wins. Languages come from
codelists/language.json, the one region from the areas of the sample services. Service classes
and target groups get the URI form PTV uses today (uri.suomi.fi/codelist/ptv/ptvserclass2,
ptvkohderyhmat); ontology terms and life events keep the URIs the samples carry.
"""
import glob
import json
import os
import sys

samples, out = sys.argv[1], sys.argv[2]


def names(entry):
    result = {}
    for n in entry.get('name') or entry.get('names') or []:
        if n.get('value') and n.get('language') in ('fi', 'sv', 'en', 'se', 'smn', 'sms'):
            result.setdefault(n['language'], n['value'])
    return {k: result[k] for k in sorted(result)}


def parent_code(code):
    return code.rsplit('.', 1)[0] if '.' in code else None


collected = {'serviceClasses': {}, 'ontologyTerms': {}, 'targetGroups': {}, 'lifeEvents': {}}
regions = {}
for version in ('v8', 'v9', 'v11'):
    for path in sorted(glob.glob(os.path.join(samples, version, 'services', '*.json'))):
        with open(path, encoding='utf-8') as f:
            service = json.load(f)
        for key, seen in collected.items():
            for entry in service.get(key) or []:
                seen[entry.get('code') or entry['uri']] = entry
        for area in service.get('areas') or []:
            if area.get('type') == 'Region' and area.get('code'):
                regions[area['code']] = area

service_classes = []
for code, e in sorted(collected['serviceClasses'].items()):
    parent = parent_code(code)
    service_classes.append({'code': code, 'uri': 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/' + code,
                            'parentUri': 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/' + parent if parent else None,
                            'isValid': True, 'name': names(e)})
target_groups = []
for code, e in sorted(collected['targetGroups'].items()):
    parent = parent_code(code)
    target_groups.append({'code': code, 'uri': 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/' + code,
                          'parentUri': 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/' + parent if parent else None,
                          'isValid': True, 'name': names(e)})
life_events = []
for code, e in sorted(collected['lifeEvents'].items()):
    life_events.append({'code': code, 'uri': e['uri'], 'parentUri': e.get('parentUri'), 'isValid': True, 'name': names(e)})
ontology_terms = []
for uri, e in sorted(collected['ontologyTerms'].items()):
    parents = [p for p in (e.get('parentUri') or '').split(';') if p]
    ontology_terms.append({'uri': uri, 'type': e.get('ontologyType'), 'parentUris': parents, 'isValid': True, 'name': names(e)})
with open(os.path.join(samples, 'codelists', 'language.json'), encoding='utf-8') as f:
    languages = [{'code': e['code'], 'isValid': True, 'name': names(e)} for e in sorted(json.load(f), key=lambda e: e['code'])]
region_list = [{'code': code, 'isValid': True, 'name': names(a),
                'municipalities': sorted(m['code'] for m in a.get('municipalities') or [])}
               for code, a in sorted(regions.items())]

for name, items in (('service-classes', service_classes), ('ontology-terms', ontology_terms),
                    ('target-groups', target_groups), ('life-events', life_events),
                    ('language-codes', languages), ('region-codes', region_list)):
    with open(os.path.join(out, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(name, len(items))
