#!/usr/bin/env bash
# Tagging throughput of two builds of the tagger's criterion bench
# (crates/extract/benches/tagger.rs), compared fairly on a machine whose
# speed drifts: the two bench binaries run in alternation on one core, and
# each bench's median over the rounds is printed for both, with the ratio.
#
#   benches/tagger_ab.sh BASE [ROUNDS]
#       BASE: a revision (built in a temporary worktree); the other build is
#       the working tree's. Defaults: 3 rounds of `--warm-up-time 1
#       --measurement-time 3` per binary.
#
# Needs taskset (util-linux) and ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: benches/tagger_ab.sh BASE_REVISION [ROUNDS]}
rounds=${2:-3}
shared=$(cd ../shared && pwd)
work=$(mktemp -d /tmp/newsmill-tagger-ab.XXXXXX)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
# The bench finds the data three folders above its crate.
ln -s "$shared" "$work/shared"

# bench_binary DIR: builds DIR's tagger bench and prints the binary's path.
bench_binary() {
  (cd "$1" && CARGO_TARGET_DIR="$2" cargo bench -p newsmill-extract --bench tagger --no-run \
    --message-format=json 2>/dev/null) \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "tagger" and m.get("executable"):
        print(m["executable"])'
}
git worktree add --quiet --detach "$work/base" "$base"
cp "$(bench_binary "$work/base" "$work/target")" "$work/base.bin"
cp "$(bench_binary . "$PWD/target")" "$work/new.bin"

for round in $(seq "$rounds"); do
  for build in base new; do
    taskset -c 0 "$work/$build.bin" --bench --warm-up-time 1 --measurement-time 3 2>/dev/null \
      | awk -v build="$build" '/^tagger\//{name=$1} /thrpt:/ && !/%/{v=$4; if ($5 ~ /^K/) v/=1000; print build, name, v}'
  done
done > "$work/runs.txt"
python3 - "$work/runs.txt" "$base" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    build, name, value = line.split()
    runs.setdefault(name, {}).setdefault(build, []).append(float(value))
print(f"medians, M tokens/s (base = {sys.argv[2]}, new = working tree):")
for name, by in sorted(runs.items()):
    b, n = statistics.median(by.get("base", [0])), statistics.median(by.get("new", [0]))
    print(f"  {name:40s} base {b:.3f}  new {n:.3f}  new/base {n / b if b else 0:.2f}")
PY
