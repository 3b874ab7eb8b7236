#!/usr/bin/env bash
# How the tagger types real cities that the curated place lists lack: the
# sentences of benches/unseen_cities.txt (written by the team), each tagged
# alone by the ner_text example. Prints the mentions typed LOC and the ones
# given another type.
#
#   benches/unseen_cities.sh [NER_TEXT_BINARY]
#     default: this checkout's example, built first; pass another build's
#     binary (e.g. one built at an older commit) to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  cargo build --release -p newsmill-extract --example ner_text --quiet
  bin=${CARGO_TARGET_DIR:-target}/release/examples/ner_text
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
grep -v '^#' benches/unseen_cities.txt | while IFS= read -r line; do
  [ -n "$line" ] || continue
  printf '%s\n' "$line" > "$work/sentence.txt"
  "$bin" "$work/sentence.txt"
done > "$work/tagged.jsonl"
python3 - "$work/tagged.jsonl" <<'PY'
import json, sys
places, others = [], []
for line in open(sys.argv[1], encoding='utf-8'):
    for e in json.loads(line)['entities']:
        (places if e['type'] == 'LOC' else others).append(f"{e['text']} ({e['type']})")
print(f"{len(places)} mentions typed LOC; {len(others)} typed otherwise: {', '.join(others) or 'none'}")
PY
