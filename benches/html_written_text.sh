#!/usr/bin/env bash
# The text cleaner on the written pages of benches/html_written/, fed as the
# cleaning benchmark feeds it: each page turned into "naive text" (every
# visible text block a line; benches/naive_text.py follows the benchmark's
# description of its input), cleaned with `newsmill clean
# --no-template-learning` and scored with the benchmark's shingle F1. The
# held-out half of the benchmark is scored this way, so these pages, from
# sites no rule was written on, estimate it better than the dev pages.
#
#   benches/html_written_text.sh [BATCH...]   (default: batch1 batch2 batch3 batch4)
#   NEWSMILL_BIN=path/to/newsmill scores that binary instead
set -euo pipefail
cd "$(dirname "$0")/.."
batches=("$@")
[ ${#batches[@]} -gt 0 ] || batches=(batch1 batch2 batch3 batch4)
if [ -n "${NEWSMILL_BIN:-}" ]; then
  bin=$(realpath "$NEWSMILL_BIN")
else
  cargo build --release --quiet -p newsmill
  bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/newsmill")
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for batch in "${batches[@]}"; do
  mkdir -p "$tmp/$batch/gen"
  cp benches/html_written/"$batch"/*.py "$tmp/$batch/gen/"
  for page in "$tmp/$batch"/gen/[pq][0-9][0-9].py; do python3 "$page" > /dev/null; done
  python3 benches/naive_text.py "$tmp/$batch/html" "$tmp/$batch/text"
  "$bin" clean "$tmp/$batch/text" --out-dir "$tmp/$batch/pred" --no-template-learning > /dev/null 2>&1
  printf '%-7s ' "$batch"
  python3 ../shared/tools/clean_score.py "$tmp/$batch/pred" --gold "$tmp/$batch/gold" | sed -n 1p
done
