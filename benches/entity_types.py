#!/usr/bin/env python3
"""Names that entities.csv lists under more than one type (the dump-level
type vote should leave none).

    python3 benches/entity_types.py OUT_DIR

For a generated dump: python3 ../shared/tools/make_dump.py --mb 20 --seed 3
--out /tmp/d20.jsonl.gz && newsmill run /tmp/d20.jsonl.gz --out /tmp/o20 &&
python3 benches/entity_types.py /tmp/o20
"""
import csv
import sys
from collections import defaultdict

types = defaultdict(set)
with open(f"{sys.argv[1]}/entities.csv", newline="", encoding="utf-8") as table:
    for row in csv.DictReader(table):
        types[row["canonical"]].add(row["type"])
several = sorted(name for name, kinds in types.items() if len(kinds) > 1)
print(f"{len(types)} names, {len(several)} under more than one type")
for name in several[:20]:
    print(f"  {name}: {', '.join(sorted(types[name]))}")
