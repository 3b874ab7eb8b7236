#!/usr/bin/env bash
# Instructions one whole `newsmill run --threads 1` spends on the generated
# dump that benches/vs_peer_pipeline.sh times (4 MB, seed 11), counted by
# callgrind: repeatable where wall times on a shared machine drift by 15%
# or more, so a speed change can be judged before the side-by-side run.
# With --top, the run's 25 costliest functions (inclusive). Under valgrind
# SHA-256 runs without the CPU's SHA instructions, so the content keys cost
# more here (about 0.2 G) than in a real run.
#
#   benches/run_instructions.sh [MB] [--top]      (needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-4}
work=/tmp/newsmill-peer
mkdir -p "$work"
dump="$work/dump-$mb.jsonl.gz"
[ -f "$dump" ] || python3 ../shared/tools/make_dump.py --mb "$mb" --out "$dump" --seed 11 >/dev/null
cargo build --release --quiet
rm -rf "$work/out-callgrind"
profile="$work/callgrind.out"
valgrind --tool=callgrind --callgrind-out-file="$profile" \
  ./target/release/newsmill run "$dump" --out "$work/out-callgrind" --threads 1 --quiet 2>&1 \
  | sed -n 's/.*Collected : \([0-9]*\).*/instructions for the whole run: \1/p'
if [ "${2:-}" = "--top" ]; then
  callgrind_annotate --inclusive=yes "$profile" 2>/dev/null | grep -E 'newsmill_|regex|serde|zlib' \
    | grep -v "'2" | head -25
fi
