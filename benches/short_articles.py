#!/usr/bin/env python3
"""Write N short generated news articles as JSONL, for memory-scaling runs.

    benches/short_articles.py N OUT.jsonl[.gz] [--seed S]

Every article is distinct (its numbers, names and places are drawn per
article), about 600 bytes, with people, organisations, places, a quote, a
figure and a date, so every dump-level table grows with N as it would on a
real dump; one in 50 is a verbatim copy of an earlier one. Deterministic for
a given seed. Written by the newsmill team; the names are invented.
"""
import gzip
import json
import random
import sys

FIRST = ["Amal", "Bruno", "Chen", "Dana", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
         "Kemal", "Lena", "Marco", "Nadia", "Omar", "Priya", "Rafael", "Sara", "Tomas", "Yara"]
LAST = ["Haddad", "Keller", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Silva",
        "Tanaka", "Ulrich", "Vega", "Weber", "Yilmaz", "Zhou", "Lindqvist", "Mensah", "Brandt"]
ORG = ["Ministry of Health", "Red Crescent", "Harbor Authority", "National Bank",
       "Civil Defence", "Teachers Union", "Port Workers Council", "Water Board"]
PLACE = ["Avalon", "Brightmoor", "Castelnau", "Dunmore", "Eastwick", "Fairhaven", "Glenrock",
         "Highbury", "Ironbridge", "Juniper Bay", "Kingsford", "Larkspur"]
COUNTED = ["people were killed", "people were injured", "families were displaced",
           "homes were damaged"]


def article(rng, i):
    a = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    b = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    # A rare surname per article keeps the entity table growing with N.
    c = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{i % 100003}"
    org, place, other = rng.choice(ORG), rng.choice(PLACE), rng.choice(PLACE)
    n = rng.randint(2, 900)
    day = 1 + i % 28
    text = (
        f"{place} officials met on Tuesday after {n} {rng.choice(COUNTED)}, the {org} said.\n"
        f"\"We are doing everything we can for the people of {place},\" said {a}, "
        f"who leads the {org} office in {other}.\n"
        f"{b} told reporters that talks with {c} would resume in {other} next week.\n"
        f"Report number {i} was filed at {rng.randint(1, 12)}:{rng.randint(10, 59)} local time."
    )
    return {
        "id": f"a{i}",
        "url": f"https://news.example/{i}",
        "title": f"{place} officials meet after {org} report {i}",
        "date": f"2025-03-{day:02d}",
        "text": text,
    }


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    earlier = []
    # A .gz dump (fast level: the run reads it twice, the disk holds it) keeps
    # ten million articles at about a fifth of their 5.4 GB.
    opener = (lambda: gzip.open(out, "wt", encoding="utf-8", compresslevel=1)) if out.endswith(".gz") \
        else (lambda: open(out, "w", encoding="utf-8"))
    with opener() as f:
        for i in range(count):
            if earlier and i % 50 == 49:
                record = dict(rng.choice(earlier), id=f"a{i}")
            else:
                record = article(rng, i)
                if len(earlier) < 1000:
                    earlier.append(record)
            f.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
