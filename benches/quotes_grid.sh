#!/usr/bin/env bash
# Speaker accuracy on the attribution grid (benches/quotes_grid/): one short
# article per attribution shape and cast, the speaker known by
# construction. The dev casts may be read while fixing a shape; the check
# casts vary only the names, and are scored, not read. With --misses, each
# wrong speaker of the dev casts is listed.
#
#   benches/quotes_grid.sh [--misses]
#   NEWSMILL_BIN=path/to/newsmill benches/quotes_grid.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/newsmill_bin.sh
pick_newsmill_bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for cast in dev check; do
  python3 benches/quotes_grid/grid.py "$tmp/$cast" --cast "$cast" 2> /dev/null
  printf '%-12s ' "grid-$cast"
  score_quotes "$tmp/$cast"
done
if [ "${1:-}" = --misses ]; then
  python3 ../shared/tools/quote_score.py "$bin" --gold "$tmp/dev/gold.jsonl" --root "$tmp/dev" \
    | python3 -c '
import json, sys
s = sys.stdin.read()
report = json.loads(s[s.index("{"):])
examples = report["examples"]
if isinstance(examples, dict):
    examples = [e for group in examples.values() for e in group]
for e in examples:
    print(e["kind"], e["id"], "|", e.get("gold_speaker"), "->", e.get("pred_speaker"), "/", e.get("pred_canonical"))
'
fi
