#!/usr/bin/env bash
# Cross-validated tagger scores of two builds that share a model: for a
# change to what runs after decoding (the document rules), which training
# does not see. eng.train is dealt into 5 folds by document as in
# benches/ner_cv.sh; for each fold and seed one model is trained on the
# other folds (with this tree's trainer), and both builds tag the fold it
# never saw. Prints each run's micro F1 and unseen-entity F1 for both, the
# means, and in how many runs the new build is better.
#
#   benches/ner_cv_ab.sh BASE [SEED...]      (default seeds: 0x5eed 7 99)
#       BASE: a revision (built in a temporary worktree, a few minutes) or a
#       newsmill binary; the new build is this tree's release build.
#
# About 20 s per fold and seed on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: benches/ner_cv_ab.sh BASE_REV_OR_BINARY [SEED...]}
shift
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(0x5eed 7 99)
conll=../shared/data/conll2003
work=$(mktemp -d /tmp/newsmill-ner-cv-ab.XXXXXX)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
out=${CARGO_TARGET_DIR:-target}
. benches/newsmill_bin.sh
bring_newsmill "$work" base "$base"
cargo build --release --quiet --bin newsmill
cp "$out/release/newsmill" "$work/new.bin"
cargo build --release --quiet -p newsmill-extract --features train --example train_ner
python3 benches/conll_folds.py "$conll/eng.train" "$work" 5
for seed in "${seeds[@]}"; do
  for fold in 0 1 2 3 4; do
    "$out"/release/examples/train_ner --conll "$work/train$fold" --dev "$conll/eng.testa" \
      --out "$work/model" --seed "$((seed))" --quiet >/dev/null 2>&1
    line="seed $seed fold $fold:"
    for b in base new; do
      all=$("$work/$b.bin" eval ner --conll "$work/test$fold" --ner-model "$work/model" \
        | awk '$1 == "micro" {print $4}')
      "$work/$b.bin" ner-conll "$work/test$fold" --ner-model "$work/model" > "$work/pred.jsonl"
      unseen=$(python3 benches/ner_unseen.py "$work/train$fold" "$work/test$fold" "$work/pred.jsonl" \
        | awk '$1 == "unseen" {print $4}')
      line="$line $b $all $unseen"
    done
    echo "$line"
  done
done | tee "$work/runs"
python3 - "$work/runs" <<'PY'
import sys
runs = [line.split() for line in open(sys.argv[1])]
base = [(float(r[5]), float(r[6])) for r in runs]
new = [(float(r[8]), float(r[9])) for r in runs]
mean = lambda xs: sum(xs) / len(xs)
print(f"mean over {len(runs)} runs: micro F1 {mean([b[0] for b in base]):.2f} -> "
      f"{mean([n[0] for n in new]):.2f}, unseen {mean([b[1] for b in base]):.2f} -> "
      f"{mean([n[1] for n in new]):.2f}")
better = sum(n[0] > b[0] for b, n in zip(base, new))
worse = sum(n[0] < b[0] for b, n in zip(base, new))
print(f"micro F1 better in {better} runs, worse in {worse}, equal in {len(runs) - better - worse}")
PY
