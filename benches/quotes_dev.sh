#!/usr/bin/env bash
# Quote detection and speaker accuracy on the hand-annotated quotes-dev set
# (../shared/data/quotes-dev), whole and in the two halves the rules were
# tuned on in turn (articles by sorted id, even and odd positions): the half
# not looked at in a round is the held-out check for that round.
#
#   benches/quotes_dev.sh
#
# Prints one summary line per set. The halves are written to a temporary
# folder, never into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p newsmill
gold=../shared/data/quotes-dev/gold.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$gold" "$tmp" <<'PY'
import json, sys
gold, out = sys.argv[1], sys.argv[2]
lines = sorted(open(gold, encoding="utf-8"), key=lambda l: json.loads(l)["id"])
for name, part in (("A", lines[0::2]), ("B", lines[1::2])):
    with open(f"{out}/{name}.jsonl", "w", encoding="utf-8") as f:
        f.writelines(part)
PY
for set in all A B; do
  if [ "$set" = all ]; then g=$gold; else g=$tmp/$set.jsonl; fi
  printf '%-4s ' "$set"
  python3 ../shared/tools/quote_score.py target/release/newsmill --gold "$g" 2>/dev/null | head -n 1
done
echo "seeds: cargo test -p newsmill-extract --test quotes_seeds (41 of 41 quotes with the right speaker)"
