#!/usr/bin/env bash
# The extraction budget of issues #17/#19: what the rule stages (names'
# kinds and canonical forms, quotes, figures, dates, zones) cost over
# tagging alone, in instructions counted by callgrind (repeatable, unlike
# times on a shared machine). Runs examples/rule_cost.rs three ways over
# the same generated dump's English articles: prepare only, tag only,
# extract; prints (extract − tag) / (tag − prepare). Each way first
# extracts from every article once, so what is built on first use is out
# of the difference: the steady cost per article.
#
#   benches/rule_budget.sh [MB]     (default 2; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-2}
command -v valgrind >/dev/null || { echo "valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
cargo build --release --example rule_cost --quiet
bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/examples/rule_cost")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 ../shared/tools/make_dump.py --mb "$mb" --out "$work/dump.jsonl" --seed 5 >/dev/null
declare -A refs
for mode in prepare tag extract; do
  valgrind --tool=callgrind --callgrind-out-file="$work/$mode.out" "$bin" "$mode" "$work/dump.jsonl" \
    > "$work/$mode.stdout" 2> "$work/$mode.stderr"
  refs[$mode]=$(grep -oP 'Collected : \K[0-9]+' "$work/$mode.stderr")
  echo "$mode: ${refs[$mode]} instructions ($(cat "$work/$mode.stdout"))"
done
tag=$(( refs[tag] - refs[prepare] ))
rules=$(( refs[extract] - refs[tag] ))
echo "tagging ${tag} instructions, rule stages ${rules}: rule stages $(echo "scale=1; 100 * $rules / $tag" | bc)% over tagging alone"
