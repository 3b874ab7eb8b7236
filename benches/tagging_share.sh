#!/usr/bin/env bash
# Tagging's share of a whole one-core `newsmill run`, against the rest of
# the run, from time samples (perf, cpu-clock): a figure that the machine's
# speed drift moves far less than wall times do, since both sides drift
# together. Tagging is every sample in a `newsmill_extract::tagger` symbol
# (and its per-thread memo's LocalKey access).
#
#   benches/tagging_share.sh [RUNS] [NEWSMILL_BIN]
#       defaults: 5 runs, this tree's release build; on the 4 MB generated
#       dump of benches/vs_peer_pipeline.sh (seed 11)
#
# Needs perf (linux-perf) and taskset. Prints one share per run and their median.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bin=${2:-}
work=/tmp/newsmill-peer
mkdir -p "$work"
dump="$work/dump-4.jsonl.gz"
[ -f "$dump" ] || python3 ../shared/tools/make_dump.py --mb 4 --out "$dump" --seed 11 >/dev/null
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=target/release/newsmill
fi
shares=()
for _ in $(seq "$runs"); do
  rm -rf "$work/share-out"
  perf record -q -e cpu-clock -F 20000 -o "$work/share.data" \
    taskset -c 0 "$bin" run "$dump" --out "$work/share-out" --threads 1 --quiet >/dev/null 2>&1 || true
  shares+=("$(perf report -i "$work/share.data" --no-children --sort symbol 2>/dev/null \
    | awk '/%/ && !/^#/ {x=$1; sub("%","",x); if ($0 ~ /newsmill_extract::tagger|LocalKey/) t+=x; else r+=x}
           END {printf "%.3f", t/r}')")
done
printf 'tagging / rest of the run, per run: %s\n' "${shares[*]}"
printf '%s\n' "${shares[@]}" | sort -g | awk '{v[NR]=$1} END {printf "median: %.3f\n", (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
