#!/usr/bin/env python3
"""The top of the PER, ORG and LOC lists as the report ranks them (most
mentions first, the order of entities.csv), and the outlet list, for a
careful reader to judge (issue #18).

    python3 benches/top_entities.py OUT_DIR [--n 30] [--judged FILE]

With --judged, FILE holds a reader's verdicts, one a line:
TYPE<TAB>canonical name<TAB>ok|wrong (# comments allowed). Each listed row
is marked [ok], [WRONG] or [?] (not judged yet) and every list ends with the
count of rows judged right, so a rerun after a change shows what moved.

A dump to run it on (keep dumps out of the repository):
    python3 ../shared/tools/make_dump.py --mb 200 --seed 1 --out /tmp/d200.jsonl.gz
    target/release/newsmill run /tmp/d200.jsonl.gz --out /tmp/o200 -q
    python3 benches/top_entities.py /tmp/o200
"""
import argparse
import csv
import json
import os
import sys

TYPES = ["PER", "ORG", "LOC"]


def load_verdicts(path):
    verdicts = {}
    if not path:
        return verdicts
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or parts[2] not in ("ok", "wrong"):
                sys.exit(f"{path}: expected TYPE<TAB>name<TAB>ok|wrong, got {line!r}")
            verdicts[(parts[0], parts[1])] = parts[2] == "ok"
    return verdicts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--judged", help="TSV of verdicts: TYPE, name, ok|wrong")
    args = ap.parse_args()
    verdicts = load_verdicts(args.judged)

    rows = {t: [] for t in TYPES}
    types_of = {}
    with open(os.path.join(args.out_dir, "entities.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            types_of.setdefault(row["canonical"], set()).add(row["type"])
            if row["type"] in rows and len(rows[row["type"]]) < args.n:
                rows[row["type"]].append(row)

    for kind in TYPES:
        print(f"## {kind} (top {args.n} by mentions)")
        right = judged = 0
        for rank, row in enumerate(rows[kind], 1):
            verdict = verdicts.get((kind, row["canonical"]))
            mark = "[?]" if verdict is None else "[ok]" if verdict else "[WRONG]"
            if verdict is not None:
                judged += 1
                right += verdict
            print(f"{rank:3} {mark:8} {row['canonical']}  "
                  f"(mentions {row['mentions']}, articles {row['articles']}, "
                  f"outlets {len([o for o in row['outlets'].split(' | ') if o])})")
        if verdicts:
            print(f"-> {right} of {len(rows[kind])} right ({len(rows[kind]) - judged} not judged)")
        print()

    several = sorted(n for n, kinds in types_of.items() if len(kinds) > 1)
    print(f"names under more than one type in entities.csv: {len(several)}"
          + (f" (e.g. {', '.join(several[:5])})" if several else ""))

    summary = os.path.join(args.out_dir, "summary.json")
    if os.path.exists(summary):
        with open(summary, encoding="utf-8") as f:
            outlets = json.load(f).get("outlets", [])
        print(f"\n## Outlets (top 20 of {len(outlets)})")
        for o in outlets[:20]:
            print(f"    {o.get('outlet')}  ({o.get('articles')})")


if __name__ == "__main__":
    main()
