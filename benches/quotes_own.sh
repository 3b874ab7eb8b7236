#!/usr/bin/env bash
# Quote detection and speaker accuracy on this team's own annotation of the
# English cleaning-dev articles that quotes-dev does not cover
# (benches/quotes_own/annotation.jsonl, built and checked by
# benches/quotes_own/build.py), in its two parts: dev (tuned on) and
# held-out (every third article by sorted id, never tuned on); then on
# quotes-dev.
#
#   benches/quotes_own.sh             # dev, held-out, quotes-dev
#   benches/quotes_own.sh --dev-only  # while tuning: leaves the held-out part unscored
#   NEWSMILL_BIN=path/to/newsmill benches/quotes_own.sh   # another build
#
# The annotation stores offsets, speakers and kinds only; the quote texts the
# scorer wants are filled in from ../shared into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
parts="dev held"
if [ "${1:-}" = --dev-only ]; then parts=dev; fi
. benches/newsmill_bin.sh
pick_newsmill_bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Validation errors of the labels stop the script with their message.
python3 benches/quotes_own/build.py --check 2> "$tmp/check.log" || { cat "$tmp/check.log" >&2; exit 1; }
score() { # GOLD: the scorer's summary line (its details go to a log)
  python3 ../shared/tools/quote_score.py "$bin" --gold "$1" > "$tmp/score.out" 2>> "$tmp/score.log"
  sed -n 1p "$tmp/score.out"
}
for part in $parts; do
  python3 benches/quotes_own/build.py --with-text "$tmp/$part.jsonl" --part "$part" 2>> "$tmp/check.log"
  printf 'own-%-5s ' "$part"
  score "$tmp/$part.jsonl"
done
printf 'quotes-dev '
score ../shared/data/quotes-dev/gold.jsonl
printf 'seeds      '
cargo test --release --quiet -p newsmill-extract --test quotes_seeds 2>&1 | grep -E "^test result" || true
