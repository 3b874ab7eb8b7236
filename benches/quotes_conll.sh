#!/usr/bin/env bash
# Quote detection and speaker accuracy on real newswire: the CoNLL-2003
# documents (Reuters, 1996) that hold quotation marks (every one of eng.testa,
# every fourth of eng.train and, as "trainb", "trainc" and "traind", every
# fourth from the third, the second and the fourth on: every eng.train one
# in four samples), annotated by hand (benches/quotes_conll/, labels only;
# the texts are rebuilt from ../shared at run time), in a dev part (may be
# read and tuned on) and a held part (scored only).
#
#   benches/quotes_conll.sh             # dev and held
#   benches/quotes_conll.sh --dev-only  # while tuning
#   NEWSMILL_BIN=path/to/newsmill benches/quotes_conll.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/newsmill_bin.sh
parts_from_args benches/quotes_conll.sh "${1:-}"
pick_newsmill_bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in testa train trainb trainc traind; do
  for part in $parts; do
    out="$tmp/$set-$part"
    python3 benches/quotes_conll/build.py "$out" --part "$part" --set "$set" 2> "$tmp/build.log" \
      || { cat "$tmp/build.log" >&2; exit 1; }
    printf '%-18s ' "conll-$set-$part"
    score_quotes "$out"
  done
done
