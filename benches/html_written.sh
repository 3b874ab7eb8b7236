#!/usr/bin/env bash
# The HTML extractor on news pages written by this team to test it from
# outside (benches/html_written/: each batch is the Python that writes its
# 20 pages and their gold article text; see the README there). Each batch
# is built into a temporary folder, checked (every gold line is visible
# text of its page, in order), cleaned by `newsmill clean` and scored with
# the benchmark's shingle F1.
#
#   benches/html_written.sh [--pages] [--text] [BATCH...]   (default: batch1 … batch6)
#       --pages also lists each page's shingle precision, recall and F1, from
#       the scorer's own per-page counts
#   --text cleans each page as naive text instead (benches/html_written_text.sh)
#   --peers also scores trafilatura and resiliparse on the same pages
#       (benches/html_peers.py; needs pip install trafilatura resiliparse)
#   NEWSMILL_BIN=path/to/newsmill scores that binary instead of this tree's
#       release build (e.g. one built at an earlier commit)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=0
text=0
peers=0
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) pages=1; shift ;;
    --text) text=1; shift ;;
    --peers) peers=1; shift ;;
    *) break ;;
  esac
done
batches=("$@")
[ ${#batches[@]} -gt 0 ] || batches=(batch1 batch2 batch3 batch4 batch5 batch6)
. benches/newsmill_bin.sh
pick_newsmill_bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for batch in "${batches[@]}"; do
  mkdir -p "$tmp/$batch/gen"
  # Batches 2 to 4 share their helpers and checker; batch 1 has its own.
  cp benches/html_written/shared/*.py "$tmp/$batch/gen/"
  cp benches/html_written/"$batch"/*.py "$tmp/$batch/gen/"
  for page in "$tmp/$batch"/gen/[pq][0-9][0-9].py; do python3 "$page" > /dev/null; done
  python3 "$tmp/$batch/gen/check.py" > "$tmp/$batch/check.log" || { cat "$tmp/$batch/check.log" >&2; exit 1; }
  if [ "$text" = 1 ]; then
    # As the benchmark feeds the text cleaner: the page as naive text.
    python3 benches/naive_text.py "$tmp/$batch/html" "$tmp/$batch/text"
    "$bin" clean "$tmp/$batch/text" --out-dir "$tmp/$batch/pred" --no-template-learning > /dev/null 2>&1
  else
    "$bin" clean "$tmp/$batch/html" --out-dir "$tmp/$batch/pred" > /dev/null 2>&1
  fi
  printf '%-7s ' "$batch"
  python3 ../shared/tools/clean_score.py "$tmp/$batch/pred" --gold "$tmp/$batch/gold" \
    --json "$tmp/$batch/score.json" | sed -n 1p
  if [ "$peers" = 1 ]; then
    mkdir -p "$tmp/$batch/gz"
    for page in "$tmp/$batch"/html/*.html; do
      gzip -c "$page" > "$tmp/$batch/gz/$(basename "$page").gz"
    done
    for tool in trafilatura resiliparse; do
      python3 benches/html_peers.py "$tool" "$tmp/$batch/gz" "$tmp/$batch/$tool" > /dev/null
      printf '  %-12s ' "$tool"
      python3 ../shared/tools/clean_score.py "$tmp/$batch/$tool" --gold "$tmp/$batch/gold" | sed -n 1p
    done
  fi
  if [ "$pages" = 1 ]; then
    python3 - "$tmp/$batch/score.json" <<'PY'
import json, sys
pages = json.load(open(sys.argv[1]))["metrics"]["shingle-4"]["per_page"]
for page, c in sorted(pages.items()):
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"  {page}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
PY
  fi
done
