#!/usr/bin/env bash
# Throughput and peak memory on a large generated dump: ingestion alone and
# the whole `newsmill run`.
#
#   benches/scale.sh [MB] [THREADS] [WORKDIR]     (defaults: 2000 MB, 2 threads, /tmp/newsmill-scale)
#
# Builds the dump with ../shared/tools/make_dump.py (kept outside the repo),
# then prints MB/s and peak RSS (from /usr/bin/time -v) for each step.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-2000}
threads=${2:-2}
work=${3:-/tmp/newsmill-scale}
mkdir -p "$work"
dump="$work/dump-$mb.jsonl"
if [ ! -f "$dump" ]; then
  python3 ../shared/tools/make_dump.py --mb "$mb" --out "$dump"
fi
cargo build --release --quiet -p newsmill -p newsmill-ingest --example ingest_only
cargo build --release --quiet

measure() {
  local label=$1; shift
  local log="$work/$label.time"
  /usr/bin/time -v "$@" 2> "$log" | tail -n 1 || true
  tail -n 40 "$log" | grep -E "^newsmill" || true
  awk -v label="$label" '
    /Elapsed \(wall clock\)/ { wall = $NF }
    /Maximum resident set size/ { rss = $NF }
    END { printf "%-10s wall %s, peak RSS %.1f MB\n", label, wall, rss / 1024 }' "$log"
}

echo "== ingestion alone ($mb MB)"
measure ingest ./target/release/examples/ingest_only "$dump"
echo "== newsmill run --threads $threads ($mb MB)"
rm -rf "$work/out"
measure run ./target/release/newsmill run "$dump" --out "$work/out" --threads "$threads" --quiet
