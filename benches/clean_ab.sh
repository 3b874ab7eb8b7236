#!/usr/bin/env bash
# Cleaner speed of two revisions, compared fairly on a machine whose speed
# drifts: both builds of `examples/throughput` run in alternation, and the
# median and best MB/s of each are printed. With valgrind installed, the
# instructions per pass (which do not drift) are printed too.
#
#   benches/clean_ab.sh BASE_REV [ROUNDS] [DIR]
#       (defaults: 40 rounds of 5 passes, ../shared/data/cleaning-dev/input)
#
# The working tree is "new"; BASE_REV is checked out in a temporary
# worktree and built with today's throughput example (it uses only the
# public `Cleaner` API), so both warm up the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: benches/clean_ab.sh BASE_REV [ROUNDS] [DIR]}
rounds=${2:-40}
dir=${3:-../shared/data/cleaning-dev/input}
work=$(mktemp -d /tmp/newsmill-ab.XXXXXX)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --quiet --detach "$work/base" "$base"
cp crates/clean/examples/throughput.rs "$work/base/crates/clean/examples/throughput.rs"
(cd "$work/base" && CARGO_TARGET_DIR="$work/target" cargo build --release --quiet -p newsmill-clean --example throughput)
cargo build --release --quiet -p newsmill-clean --example throughput
cp "$work/target/release/examples/throughput" "$work/base.bin"
cp target/release/examples/throughput "$work/new.bin"

for _ in $(seq "$rounds"); do
  for b in base new; do
    echo "$b $("$work/$b.bin" "$dir" 5 | sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p')"
  done
done | python3 -c '
import statistics, sys
runs = {}
for line in sys.stdin:
    name, mbs = line.split()
    runs.setdefault(name, []).append(float(mbs))
for name, v in runs.items():
    print(f"{name:4} MB/s median {statistics.median(v):.1f}  best {max(v):.1f}  ({len(v)} runs)")'

if command -v valgrind >/dev/null; then
  # Instructions of 21 passes minus those of 1 pass: the steady state,
  # without the one-off pattern compilation.
  for b in base new; do
    count() {
      valgrind --tool=callgrind --callgrind-out-file=/dev/null "$work/$b.bin" "$dir" "$1" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
    }
    one=$(count 1)
    many=$(count 21)
    echo "$b instructions per pass: $(( (many - one) / 20 ))"
  done
fi
