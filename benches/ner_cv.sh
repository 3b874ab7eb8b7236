#!/usr/bin/env bash
# Cross-validated tagger scores: eng.train dealt into K folds by document
# (document i goes to fold i mod K); for each fold and each shuffling seed a
# model is trained on the other folds (epochs chosen on eng.testa, as the
# shipped model's are) and scored on the fold it never saw: micro F1 over the
# four types, and F1 on entities whose words are no entity of its training
# part (benches/ner_unseen.py). Prints each run and the means, so a change to
# the tagger's features or name lists is judged on text that chose nothing,
# over several seeds (one seed's ±0.2 is noise).
#
#   benches/ner_cv.sh [K] [SEED...]     (defaults: 5 folds, seeds 0x5eed 7 99)
#
# About 15 s per model on 2 cores: 15 models take about 4 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
folds=${1:-5}
shift || true
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(0x5eed 7 99)
conll=../shared/data/conll2003
work=$(mktemp -d /tmp/newsmill-ner-cv.XXXXXX)
trap 'rm -rf "$work"' EXIT
out=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet
cargo build --release --quiet -p newsmill-extract --features train --example train_ner
python3 benches/conll_folds.py "$conll/eng.train" "$work" "$folds"
for seed in "${seeds[@]}"; do
  for fold in $(seq 0 $((folds - 1))); do
    model="$work/model"
    "$out"/release/examples/train_ner --conll "$work/train$fold" --dev "$conll/eng.testa" \
      --out "$model" --seed "$((seed))" --quiet >/dev/null 2>&1
    all=$("$out"/release/newsmill eval ner --conll "$work/test$fold" --ner-model "$model" \
      | awk '$1 == "micro" {print $4}')
    "$out"/release/newsmill ner-conll "$work/test$fold" --ner-model "$model" > "$work/pred.jsonl"
    unseen=$(python3 benches/ner_unseen.py "$work/train$fold" "$work/test$fold" "$work/pred.jsonl" \
      | awk '$1 == "unseen" {print $4}')
    echo "seed $seed fold $fold: micro F1 $all, unseen $unseen"
  done
done | tee "$work/runs"
awk '{a += $7; u += $9; n++} END {printf "mean over %d runs: micro F1 %.2f, unseen %.2f\n", n, a / n, u / n}' \
  FS='[ ,]+' "$work/runs"
