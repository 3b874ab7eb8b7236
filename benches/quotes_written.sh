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
case "${1:-}" in
  "") parts="dev held" ;;
  --dev-only) parts=dev ;;
  *) echo "usage: benches/quotes_written.sh [--dev-only]" >&2; exit 2 ;;
esac
cargo build --release --quiet -p newsmill
target=${CARGO_TARGET_DIR:-target}
case "$target" in /*) ;; *) target=$PWD/$target ;; esac
bin=$target/release/newsmill
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 benches/quotes_written/build.py --check
for part in $parts; do
  python3 benches/quotes_written/build.py "$tmp/$part" --part "$part" > /dev/null
  printf 'written-%-5s ' "$part"
  python3 ../shared/tools/quote_score.py "$bin" --gold "$tmp/$part/gold.jsonl" --root "$tmp/$part" \
    > "$tmp/score.out" 2>> "$tmp/score.log" || { cat "$tmp/score.log" >&2; exit 1; }
  sed -n 1p "$tmp/score.out"
done
