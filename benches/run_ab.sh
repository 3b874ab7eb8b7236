#!/usr/bin/env bash
# Whole-run throughput of two builds of `newsmill run`, compared fairly on a
# machine whose speed drifts: both run in alternation on the same generated
# dump, and the median seconds and MB/s of each, and their ratio, are printed.
#
#   benches/run_ab.sh BASE [MB] [ROUNDS] [THREADS] [NEW]
#       BASE, NEW: a revision (built in a temporary worktree) or a newsmill binary;
#       NEW defaults to the working tree's release build
#       defaults: a 500 MB dump from ../shared/tools/make_dump.py, 3 rounds, 2 threads
#
# Dumps stay in /tmp/newsmill-scale.
# RUN_AB_DUMP=FILE times that dump instead (e.g. the gzipped one
# benches/vs_peer_pipeline.sh reads; MB/s are then of its bytes on disk);
# RUN_AB_CPUS=LIST pins both builds to those cores with taskset, as the
# side-by-side script pins its one-core runs (RUN_AB_CPUS=0).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: benches/run_ab.sh BASE_REV_OR_BINARY [MB] [ROUNDS] [THREADS]}
mb=${2:-500}
rounds=${3:-3}
threads=${4:-2}
new=${5:-}
work=$(mktemp -d /tmp/newsmill-run-ab.XXXXXX)
trap 'for b in base new; do git worktree remove --force "$work/$b" >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT

. benches/newsmill_bin.sh
bring() { bring_newsmill "$work" "$1" "$2"; }
bring base "$base"
if [ -n "$new" ]; then
  bring new "$new"
else
  cargo build --release --quiet --bin newsmill
  cp target/release/newsmill "$work/new.bin"
fi

mkdir -p /tmp/newsmill-scale
dump=${RUN_AB_DUMP:-/tmp/newsmill-scale/dump-$mb.jsonl}
[ -f "$dump" ] || python3 ../shared/tools/make_dump.py --mb "$mb" --out "$dump"
pin=()
[ -n "${RUN_AB_CPUS:-}" ] && pin=(taskset -c "$RUN_AB_CPUS")
bytes=$(stat -c %s "$dump")

for _ in $(seq "$rounds"); do
  for b in base new; do
    rm -rf "$work/out"
    start=$(date +%s.%N)
    "${pin[@]}" "$work/$b.bin" run "$dump" --out "$work/out" --threads "$threads" --quiet 2>/dev/null || true
    end=$(date +%s.%N)
    echo "$b $start $end"
  done
done | python3 -c '
import statistics, sys
bytes = int(sys.argv[1])
runs = {}
for line in sys.stdin:
    name, start, end = line.split()
    runs.setdefault(name, []).append(float(end) - float(start))
for name, v in runs.items():
    m = statistics.median(v)
    each = ", ".join("%.1f" % x for x in v)
    print("%-4s median %.1f s, %.2f MB/s  (runs: %s)" % (name, m, bytes / m / 1e6, each))
ratio = statistics.median(runs["base"]) / statistics.median(runs["new"])
print("new/base throughput: %.3f" % ratio)' "$bytes"
