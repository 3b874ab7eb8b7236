#!/usr/bin/env bash
# Resident memory of one `newsmill run --threads 2` over time: a line every
# 5 seconds with the elapsed seconds, the current RSS and the peak so far
# (MB), from /proc. Shows the main pass apart from the dump analysis at the
# end (where the peak jumps).
#
#   benches/rss_timeline.sh DUMP [RUN OPTIONS...]
#   benches/rss_timeline.sh /tmp/newsmill-memory/short-1000000.jsonl --memory 16
#
# Dumps of short articles: benches/short_articles.py N OUT (or memory_scale.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
dump=$1; shift
cargo build --release --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./target/release/newsmill run "$dump" --out "$out/run" --threads 2 --quiet "$@" &
pid=$!
seconds=0
while kill -0 "$pid" 2>/dev/null; do
  awk -v t="$seconds" '/^VmRSS/ { rss = $2 } /^VmHWM/ { hwm = $2 }
    END { if (rss) printf "%6d s  RSS %7.1f MB  peak %7.1f MB\n", t, rss / 1024, hwm / 1024 }' \
    "/proc/$pid/status" 2>/dev/null || true
  sleep 5
  seconds=$((seconds + 5))
done
wait "$pid" || true
