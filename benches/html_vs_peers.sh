#!/usr/bin/env bash
# newsmill's HTML extractor against trafilatura and resiliparse on the same
# 80 cleaning-dev pages, one core each (taskset -c 0): pages/s and shingle F1.
#
#   pip install trafilatura resiliparse lxml_html_clean   # once; this script installs nothing
#   PYTHON=python3 benches/html_vs_peers.sh [ROUNDS]
#
# Timings exclude reading and decompressing the pages. newsmill's figure is
# the extractor alone (parse + extract), averaged over ROUNDS passes
# (default 10) after a warm-up pass; the peers run one pass.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
ROUNDS=${1:-10}
DATA=../shared/data/cleaning-dev
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pin="taskset -c 0"
command -v taskset >/dev/null || pin=""

cargo build --release --quiet -p newsmill-clean --example html_throughput
echo "== speed (one core)"
$pin ./target/release/examples/html_throughput "$DATA/html" "$ROUNDS" --out "$out/newsmill"
for tool in trafilatura trafilatura-precision resiliparse; do
  $pin "$PYTHON" benches/html_peers.py "$tool" "$DATA/html" "$out/$tool"
done
echo "== shingle-4 F1 against the gold text"
for tool in newsmill trafilatura trafilatura-precision resiliparse; do
  printf '%-22s ' "$tool"
  python3 ../shared/tools/clean_score.py "$out/$tool" > "$out/$tool.score"
  head -n 1 "$out/$tool.score"
done
