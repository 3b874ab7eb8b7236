#!/usr/bin/env bash
# What a tagger change does over several training seeds, beyond eng.testa:
# for each seed a model is trained as the shipped one is (eng.train, epochs
# chosen on eng.testa) and the whole pipeline is run with it (`--ner-model`)
# on eng.testa, the web-NER pages, and the quote sets (never-read parts and
# dev parts, pooled as benches/quotes_unseen.sh pools them). One seed's
# figures move by ±0.2 on testa and ±0.4 on the web pages, so a change is
# judged on the means; benches/ner_cv.sh gives the cross-validated view.
#
#   benches/ner_seeds.sh [SEED...]     (default: 0x5eed 7 99; 0x5eed ships)
#
# About two minutes per seed on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(0x5eed 7 99)
conll=../shared/data/conll2003
work=$(mktemp -d /tmp/newsmill-ner-seeds.XXXXXX)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
cargo build --release --quiet -p newsmill-extract --features train --example train_ner
out=${CARGO_TARGET_DIR:-target}
bin=$(realpath "$out"/release/newsmill)
for seed in "${seeds[@]}"; do
  model="$work/model-$seed"
  "$out"/release/examples/train_ner --conll "$conll/eng.train" --dev "$conll/eng.testa" \
    --out "$model" --seed "$((seed))" --quiet >/dev/null 2>&1
  # The scorers run `newsmill run …`: this wrapper adds the model.
  wrapper="$work/newsmill-$seed"
  printf '#!/bin/sh\nexec %s "$@" --ner-model %s\n' "$bin" "$model" > "$wrapper"
  chmod +x "$wrapper"
  testa=$("$bin" eval ner --conll "$conll/eng.testa" --ner-model "$model" | awk '$1 == "micro" {print $4}')
  web=$(python3 ../shared/tools/web_ner_score.py "$wrapper" 2>/dev/null \
    | sed -n 's/.*exact micro4 P=[0-9.]* R=[0-9.]* F1=\([0-9.]*\).*/\1/p')
  held=$(NEWSMILL_BIN="$wrapper" bash benches/quotes_unseen.sh 2>/dev/null | awk '/^all unread/ {print $4}')
  dev=$(NEWSMILL_BIN="$wrapper" bash benches/quotes_unseen.sh --dev 2>/dev/null | awk '/^all dev/ {print $4}')
  echo "seed $seed: testa $testa, web-NER $web, quotes never read $held, quotes dev $dev"
done | tee "$work/runs"
awk -F'[ ,/]+' '{t += $4; w += $6; h += $10; d += $14; n++}
  END {printf "mean over %d seeds: testa %.2f, web-NER %.3f, quotes never read %.1f, quotes dev %.1f\n", n, t / n, w / n, h / n, d / n}' "$work/runs"
