#!/usr/bin/env bash
# Quote detection and speaker accuracy on the articles this team wrote for
# the purpose (benches/quotes_written/, original text with every quote
# annotated), in ten batches by different writers: src/ (40 articles),
# batch2/ to batch10/ (24 each), each with a dev part (may be read and tuned on) and a held
# part (scored only; see the README for which held parts were read since).
#
#   benches/quotes_written.sh             # dev and held
#   benches/quotes_written.sh --dev-only  # while tuning
#   NEWSMILL_BIN=path/to/newsmill benches/quotes_written.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/newsmill_bin.sh
parts_from_args benches/quotes_written.sh "${1:-}"
pick_newsmill_bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Batch 1 (src/) was written by one member of the team, batches 2 to 9
# (batch2/ … batch10/) by others, without reading the quote code or the
# batches before.
for batch in src batch2 batch3 batch4 batch5 batch6 batch7 batch8 batch9 batch10; do
  label=written; [ "$batch" = src ] || label=written-$batch
  python3 benches/quotes_written/build.py --check --src "benches/quotes_written/$batch"
  for part in $parts; do
    out="$tmp/$batch-$part"
    python3 benches/quotes_written/build.py "$out" --part "$part" --src "benches/quotes_written/$batch" > /dev/null
    printf '%-22s ' "$label-$part"
    score_quotes "$out"
  done
done
