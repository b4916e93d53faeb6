#!/usr/bin/env python3
"""Code-list search benchmark client (bench/codelist-search.sh runs it).

generate N FILE: writes N ontology terms in PTV v12's shape (uri, type, parentUris, isValid, name
{fi, sv, en}), labels made of generated words with Finnish and Swedish letters, 2 % not valid.
measure BASE KEY TERMS REQUESTS WARMUP: sends REQUESTS searches one after another on one kept-alive
connection, after WARMUP seconds of the same searches (the JIT of a fresh Karaf on two cores
needs about a minute, BENCHMARKS.md section 1), and prints the latency median, p90, p99 and max. The queries are
prefixes (1 to 6 letters) of words of the terms' labels in a random language, a fifth of them two
words, a twentieth exact URI look-ups: what an editor types into an autocomplete.
"""
import http.client
import json
import random
import statistics
import sys
import time
import urllib.parse

FI = ['ka', 'ki', 'ko', 'ku', 'la', 'li', 'lo', 'ma', 'mi', 'mo', 'na', 'ni', 'pa', 'pe', 'po', 'ra', 'ri', 'sa', 'si',
      'ta', 'ti', 'to', 'va', 'vi', 'hä', 'mä', 'kö', 'yö', 'uima', 'hal', 'lit', 'kou', 'lu', 'ter', 'vey', 'pal', 've',
      'lut', 'kir', 'jas', 'tys', 'nen', 'ai', 'ei', 'ou']
SV = ['bad', 'hal', 'lar', 'sko', 'la', 'vård', 'tjänst', 'bib', 'li', 'o', 'tek', 'ung', 'dom', 'ar', 'fri', 'tid', 'gård',
      'ö', 'stad', 'hus', 'häl', 'sa', 'för', 'ening', 'idrott', 'plats']
EN = ['swimming', 'pool', 'hall', 'school', 'library', 'health', 'care', 'service', 'youth', 'centre', 'sports', 'field',
      'housing', 'support', 'family', 'child', 'elderly', 'home', 'culture', 'music', 'art', 'road', 'water', 'waste',
      'energy', 'permit', 'building', 'land', 'forest', 'nature']


def word(rng, syllables, low, high):
    return ''.join(rng.choice(syllables) for _ in range(rng.randint(low, high)))


def generate(n, path):
    rng = random.Random(14)
    terms = []
    for i in range(n):
        uri = 'http://www.yso.fi/onto/koko/p%d' % (100000 + i)
        fi = ' '.join(word(rng, FI, 2, 5) for _ in range(rng.choice((1, 1, 2, 3))))
        sv = ' '.join(word(rng, SV, 1, 3) for _ in range(rng.choice((1, 1, 2))))
        en = ' '.join(rng.choice(EN) + ('' if rng.random() < 0.5 else word(rng, ['s', 'ing', 'er', 'al'], 1, 1))
                      for _ in range(rng.choice((1, 2, 2, 3))))
        parents = ['http://www.yso.fi/onto/koko/p%d' % (100000 + rng.randrange(max(1, i))) for _ in range(rng.randint(0, 3) if i else 0)]
        terms.append({'uri': uri, 'type': 'KOKO', 'parentUris': sorted(set(parents)), 'isValid': rng.random() >= 0.02,
                      'name': {'fi': fi.capitalize(), 'sv': sv, 'en': en}})
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(terms, f, ensure_ascii=False)


def queries(terms, count, rng):
    result = []
    for _ in range(count):
        term = rng.choice(terms)
        if rng.random() < 0.05:
            result.append('code=' + urllib.parse.quote(term['uri'], safe=''))
            continue
        words = term['name'][rng.choice(('fi', 'sv', 'en'))].lower().split()
        first = rng.randrange(len(words))
        text = words[first][:rng.randint(1, 6)]
        if rng.random() < 0.2 and first + 1 < len(words):
            text += ' ' + words[first + 1][:rng.randint(1, 4)]
        result.append('q=' + urllib.parse.quote(text))
    return result


def measure(base, key, terms_path, requests, warmup):
    with open(terms_path, encoding='utf-8') as f:
        terms = json.load(f)
    rng = random.Random(2026)
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {'X-API-Key': key}

    def get(query):
        connection.request('GET', '/cxf/codelists/ontology-terms?pageSize=10&' + query, headers=headers)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit('search %s answered %d: %s' % (query, response.status, body[:300]))
        return json.loads(body)['total']

    deadline = time.monotonic() + warmup
    warmed = 0
    while time.monotonic() < deadline:
        for query in queries(terms, 200, rng):
            get(query)
            warmed += 1
    latencies = []
    totals = []
    for query in queries(terms, requests, rng):
        started = time.perf_counter()
        totals.append(get(query))
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(round(p / 100 * len(latencies) + 0.5)) - 1)]
    print('searches: %d after %d in %d s of warm-up, one client, pageSize 10' % (len(latencies), warmed, warmup))
    print('entries found per search: median %d, mean %.0f, max %d' % (statistics.median(totals), statistics.mean(totals), max(totals)))
    print('latency ms: median %.2f, p90 %.2f, p99 %.2f, max %.2f' % (statistics.median(latencies), pct(90), pct(99), latencies[-1]))


if __name__ == '__main__':
    if sys.argv[1] == 'generate':
        generate(int(sys.argv[2]), sys.argv[3])
    else:
        measure(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
