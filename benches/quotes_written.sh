#!/usr/bin/env bash
# Quote detection and speaker accuracy on the 40 articles this team wrote
# for the purpose (benches/quotes_written/, original text with every quote
# annotated): the dev part (20 articles, may be read and tuned on) and the
# held part (20 articles, scored only, never read while changing the rules).
#
#   benches/quotes_written.sh             # dev and held
#   benches/quotes_written.sh --dev-only  # while tuning
set -euo pipefail
cd "$(dirname "$0")/.."
parts="dev held"
if [ "${1:-}" = --dev-only ]; then parts=dev; fi
cargo build --release --quiet -p newsmill
bin=$PWD/${CARGO_TARGET_DIR:-target}/release/newsmill
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 benches/quotes_written/build.py --check
for part in $parts; do
  python3 benches/quotes_written/build.py "$tmp/$part" --part "$part" > /dev/null
  printf 'written-%-5s ' "$part"
  python3 ../shared/tools/quote_score.py "$bin" --gold "$tmp/$part/gold.jsonl" --root "$tmp/$part" \
    2>> "$tmp/score.log" | sed -n 1p
done
