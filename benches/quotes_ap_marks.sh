#!/usr/bin/env bash
# Quote speakers when the same articles are printed with the wire services'
# ‘‘…’’ marks instead of curly “…”: every batch of benches/quotes_written/
# is rewritten (“ → ‘‘, a closing ” → ’’; a ” that opens, as some CMSs
# print it, is left alone) and scored beside the original. A mark style
# should not change who speaks.
#
#   benches/quotes_ap_marks.sh                                # this build
#   NEWSMILL_BIN=path/to/newsmill benches/quotes_ap_marks.sh  # another build
set -euo pipefail
cd "$(dirname "$0")/.."
. benches/newsmill_bin.sh
pick_newsmill_bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() { # gold dir -> "speaker_acc=… (n/m)"
  python3 ../shared/tools/quote_score.py "$bin" --gold "$1/gold.jsonl" --root "$1" 2>> "$tmp/score.log" \
    | sed -n 1p | grep -o 'speaker_acc=[0-9.]* ([0-9/]*)' || { cat "$tmp/score.log" >&2; exit 1; }
}
printf '%-22s %-28s %s\n' set curly ap
for batch in src batch2 batch3 batch4 batch5 batch6 batch7 batch8 batch9 batch10; do
  for part in dev held; do
    label=written; [ "$batch" = src ] || label=written-$batch
    src=benches/quotes_written/$batch
    [ -d "$src/$part" ] || continue
    mkdir -p "$tmp/ap-$batch/$part"
    python3 - "$src/$part" "$tmp/ap-$batch/$part" <<'PY'
import os, re, sys
src, dst = sys.argv[1], sys.argv[2]
for name in os.listdir(src):
    text = open(os.path.join(src, name), encoding="utf-8").read()
    text = text.replace("“", "‘‘")
    text = re.sub(r"(?<=\S)”", "’’", text)
    open(os.path.join(dst, name), "w", encoding="utf-8").write(text)
PY
    python3 benches/quotes_written/build.py "$tmp/curly" --part "$part" --src "$src" > /dev/null
    python3 benches/quotes_written/build.py "$tmp/ap" --part "$part" --src "$tmp/ap-$batch" > /dev/null
    printf '%-22s %-28s %s\n' "$label-$part" "$(score "$tmp/curly")" "$(score "$tmp/ap")"
    rm -rf "$tmp/curly" "$tmp/ap"
  done
done
