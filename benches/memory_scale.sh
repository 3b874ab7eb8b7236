#!/usr/bin/env bash
# Peak memory of `newsmill run --threads 2` against the number of articles:
# generates dumps of short articles (benches/short_articles.py, outside the
# repository) and prints peak RSS (from /usr/bin/time -v) for each size, and
# the difference between the first and the last; each run's memory after
# each phase (NEWSMILL_MEMORY_TRACE) is printed too. A run that fails (a
# full disk) stops the script instead of printing a partial peak.
#
#   benches/memory_scale.sh [COUNTS...] [-- WORKDIR]
#   benches/memory_scale.sh 1000000 4000000            # the issue's 1 M / 4 M pair
#   benches/memory_scale.sh --gz 10000000              # once, for the record (0.75 GB in gzipped, 55 GB free needed)
#   NEWSMILL_BIN=/tmp/newsmill benches/memory_scale.sh 4000000 1000000   # a saved binary (no build)
#
# Each output folder is removed after its run; the dumps are kept for reruns.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=()
work=/tmp/newsmill-memory
ext=jsonl
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then work=$2; shift 2; continue; fi
  if [ "$1" = "--gz" ]; then ext=jsonl.gz; shift; continue; fi
  counts+=("$1"); shift
done
[ ${#counts[@]} -gt 0 ] || counts=(1000000 4000000)
mkdir -p "$work"
bin=${NEWSMILL_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=./target/release/newsmill
fi
declare -a peaks
for n in "${counts[@]}"; do
  dump="$work/short-$n.$ext"
  rm -rf "$work/out"
  # A run took 48 GB of disk at ten million articles at its fullest (30 GB
  # of articles.jsonl, 6 GB of CSVs, 12 GB of scratch files); 5.5 KB an
  # article leaves some room. A full disk would end the run before its
  # analysis, where the peak is.
  need_kb=$((n * 11 / 2))
  avail_kb=$(df -Pk "$work" | awk 'NR == 2 { print $4 }')
  if [ "$avail_kb" -lt "$need_kb" ]; then
    echo "memory_scale.sh: $n articles need about $((need_kb / 1048576)) GB free in $work, $((avail_kb / 1048576)) GB are" >&2
    exit 1
  fi
  [ -f "$dump" ] || python3 benches/short_articles.py "$n" "$dump"
  log="$work/run-$n.time"
  status=0
  NEWSMILL_MEMORY_TRACE=1 /usr/bin/time -v "$bin" run "$dump" --out "$work/out" --threads 2 --quiet 2> "$log" || status=$?
  grep -E "^newsmill" "$log" || true
  if [ "$status" -ne 0 ]; then
    echo "memory_scale.sh: the run over $n articles failed (exit $status): its peak is not the whole run's" >&2
    rm -rf "$work/out"
    exit 1
  fi
  rss_kb=$(awk '/Maximum resident set size/ { print $NF }' "$log")
  wall=$(awk '/Elapsed \(wall clock\)/ { print $NF }' "$log")
  awk -v n="$n" -v kb="$rss_kb" -v wall="$wall" 'BEGIN { printf "%10d articles: peak RSS %.1f MB, wall %s\n", n, kb / 1024, wall }'
  peaks+=("$rss_kb")
  rm -rf "$work/out"
done
if [ ${#peaks[@]} -gt 1 ]; then
  first=${peaks[0]}; last=${peaks[${#peaks[@]}-1]}
  awk -v a="${counts[0]}" -v b="${counts[${#counts[@]}-1]}" -v d="$((last - first))" \
    'BEGIN { printf "peak RSS difference, %d vs %d articles: %.1f MB\n", b, a, d / 1024 }'
fi
