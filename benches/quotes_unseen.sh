#!/usr/bin/env bash
# Speaker accuracy on every quote set's part that no rule was written from
# (never read): written batch 1 and batches 6-10 held, quotes_wire held,
# quotes_own held, the five quotes_conll held parts and quotes_pages held
# (since session 60), each on its own line,
# then pooled: by kind of text (team-written web style, real text) and all.
# Which held parts were read is recorded in each set's README; batches 2-5
# held were read and are left out.
#
# With --dev, the same for the parts rules are written from instead: every
# dev half (written, wire, own, the five conll samples, pages) and quotes-dev.
#
#   benches/quotes_unseen.sh
#   benches/quotes_unseen.sh --dev
#   NEWSMILL_BIN=path/to/newsmill benches/quotes_unseen.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") part=held; label="all unread" ;;
  --dev) part=dev; label="all dev" ;;
  *) echo "usage: benches/quotes_unseen.sh [--dev]" >&2; exit 2 ;;
esac
. benches/newsmill_bin.sh
pick_newsmill_bin
export NEWSMILL_BIN=$bin
{
  if [ "$part" = held ]; then
    bash benches/quotes_written.sh | grep -E '^written(-batch(6|7|8|9|10))?-held ' | sed 's/^/written /'
  else
    bash benches/quotes_written.sh --dev-only | grep -E '^written[-a-z0-9]*-dev ' | sed 's/^/written /'
  fi
  bash benches/quotes_wire.sh | grep -E "^wire-$part " | sed 's/^/real /'
  own="^own-$part "
  [ "$part" = dev ] && own="$own|^quotes-dev "
  bash benches/quotes_own.sh | grep -E "$own" | sed 's/^/real /'
  bash benches/quotes_conll.sh | grep -E "^conll-(testa|train|trainb|trainc|traind)-$part " | sed 's/^/real /'
  bash benches/quotes_pages.sh | grep -E "^pages-$part " | sed 's/^/real /'
} | LABEL="$label" python3 -c '
import os, re, sys
pooled = {}
for line in sys.stdin:
    kind, name = line.split()[:2]
    m = re.search(r"speaker_acc=[0-9.]+ \((\d+)/(\d+)\)", line)
    right, total = int(m.group(1)), int(m.group(2))
    print(f"{name:24} {right:4}/{total:<4} {right / total:.3f}")
    for key in (kind, "all"):
        r, t = pooled.get(key, (0, 0))
        pooled[key] = (r + right, t + total)
for key, label in (("written", "team-written, pooled"), ("real", "real text, pooled"), ("all", os.environ["LABEL"] + ", pooled")):
    r, t = pooled[key]
    print(f"{label:24} {r:4}/{t:<4} {r / t:.3f}")'
