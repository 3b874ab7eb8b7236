#!/usr/bin/env bash
# Instructions the text cleaner spends on one pass over the 80 cleaning-dev
# pages, counted by callgrind (repeatable, unlike times on a shared machine,
# so a change to the cleaner can be judged before a criterion run): runs the
# throughput example for 1 and for 6 passes and prints the difference / 5,
# which leaves out start-up (pattern compilation, reading the pages).
#
#   benches/clean_instructions.sh          (needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p newsmill-clean --example throughput
bin=target/release/examples/throughput
pages=../shared/data/cleaning-dev/input
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$pages" "$1" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
one=$(count 1)
six=$(count 6)
echo "instructions per pass over the 80 pages: $(( (six - one) / 5 ))"
