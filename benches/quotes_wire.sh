#!/usr/bin/env bash
# Quote detection and speaker accuracy on real Reuters wire copy: 40 stories
# of CoNLL-2003 eng.testa (1996), every double-quoted span annotated by hand
# (benches/quotes_wire/, built and checked by benches/quotes_wire/build.py),
# in two parts: dev (tuned on) and held (never tuned on; decided before the
# annotation, alternate stories in file order).
#
#   benches/quotes_wire.sh             # dev and held
#   benches/quotes_wire.sh --dev-only  # while tuning: leaves the held part unscored
#   NEWSMILL_BIN=path/to/newsmill benches/quotes_wire.sh   # another build
#
# The texts belong to Reuters and are not in the repository: build.py
# rebuilds them from ../shared/data/conll2003/eng.testa into a temporary
# folder, with a gold file whose "file" paths are relative to that folder.
set -euo pipefail
cd "$(dirname "$0")/.."
parts="dev held"
if [ "${1:-}" = --dev-only ]; then parts=dev; fi
. benches/newsmill_bin.sh
pick_newsmill_bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Validation errors of the labels stop the script with their message.
python3 benches/quotes_wire/build.py --check 2> "$tmp/check.log" || { cat "$tmp/check.log" >&2; exit 1; }
for part in $parts; do
  python3 benches/quotes_wire/build.py --with-text "$tmp/$part" --part "$part" 2>> "$tmp/check.log" \
    || { cat "$tmp/check.log" >&2; exit 1; }
  printf 'wire-%-5s ' "$part"
  score_quotes "$tmp/$part"
done
