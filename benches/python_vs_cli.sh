#!/usr/bin/env bash
# Python API throughput on one core against `newsmill run --threads 1`, same
# dump, whole process each (template pass, processing, articles.jsonl,
# dump-level reports), each pinned to CPU 0. The Python side runs three
# ways: records and articles as dicts (json.loads in, json.dumps out, as a
# user holding dicts would), as JSON lines (`process(..., as_json=True)`),
# and as dicts kept in memory rather than written (the API's own cost with
# dicts, without the caller's json.dumps; no articles.jsonl).
# Runs are interleaved (the machine's speed drifts) and the medians
# compared; the Python side must be within 15% of the binary.
#
#   benches/python_vs_cli.sh [MB] [REPEATS]     (default 20 MB, 5 repeats)
#
# Needs the release binary (cargo build --release) and the newsmill wheel
# installed (see crates/python/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-20}
repeats=${2:-5}
bin=${CARGO_TARGET_DIR:-target}/release/newsmill
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No exact copies and no malformed lines: both sides process every record.
python3 ../shared/tools/make_dump.py --mb "$mb" --out "$work/dump.jsonl" --seed 5 \
  --exact-dup 0 --malformed 0 >/dev/null
python3 -c "import newsmill" || { echo "install the newsmill wheel first" >&2; exit 1; }

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
cli=(); py=(); pyjson=(); pykept=()
for i in $(seq "$repeats"); do
  rm -rf "$work/cli" "$work/py" "$work/pyjson" "$work/pykept"
  cli+=("$(seconds taskset -c 0 "$bin" run "$work/dump.jsonl" --out "$work/cli" --threads 1 -q)")
  py+=("$(seconds taskset -c 0 python3 benches/python_run.py "$work/dump.jsonl" "$work/py" dicts)")
  pyjson+=("$(seconds taskset -c 0 python3 benches/python_run.py "$work/dump.jsonl" "$work/pyjson" json)")
  pykept+=("$(seconds taskset -c 0 python3 benches/python_run.py "$work/dump.jsonl" "$work/pykept" dicts-kept)")
  echo "run $i: newsmill ${cli[-1]} s, python dicts ${py[-1]} s, python json ${pyjson[-1]} s, python dicts kept ${pykept[-1]} s"
done
# Same work on both sides: the dump-level tables must agree.
cmp "$work/cli/articles.csv" "$work/py/articles.csv" && echo "articles.csv: identical"
cmp "$work/cli/entities.csv" "$work/py/entities.csv" && echo "entities.csv: identical"
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
cmp "$work/py/articles.csv" "$work/pyjson/articles.csv"
cmp "$work/py/entities.csv" "$work/pykept/entities.csv"
m_cli=$(median "${cli[@]}"); m_py=$(median "${py[@]}"); m_json=$(median "${pyjson[@]}"); m_kept=$(median "${pykept[@]}")
rate() { echo "scale=2; $mb / $1" | bc; }
echo "dump: $mb MB, $repeats runs each, medians:"
echo "  newsmill run --threads 1: $m_cli s ($(rate "$m_cli") MB/s)"
echo "  Python API, dicts:        $m_py s ($(rate "$m_py") MB/s), ratio $(echo "scale=3; $m_py / $m_cli" | bc)"
echo "  Python API, JSON lines:   $m_json s ($(rate "$m_json") MB/s), ratio $(echo "scale=3; $m_json / $m_cli" | bc)"
echo "  Python API, dicts kept:   $m_kept s ($(rate "$m_kept") MB/s), ratio $(echo "scale=3; $m_kept / $m_cli" | bc) (no articles.jsonl: the API without the caller's json.dumps)"
