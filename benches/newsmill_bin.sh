# Sourced by the bench scripts, from the repository root: sets `bin` to the
# newsmill binary to measure. NEWSMILL_BIN names another build (e.g. one of
# an earlier commit, for first scores); otherwise this tree is built in
# release mode.
if [ -n "${NEWSMILL_BIN:-}" ]; then
  bin=$(realpath "$NEWSMILL_BIN")
else
  cargo build --release --quiet -p newsmill
  bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/newsmill")
fi

# score_quotes DIR: the quote scorer's summary line for DIR/gold.jsonl (its
# "file" paths relative to DIR), with `bin`; the details go to $tmp.
score_quotes() {
  python3 ../shared/tools/quote_score.py "$bin" --gold "$1/gold.jsonl" --root "$1" \
    > "$tmp/score.out" 2>> "$tmp/score.log" || { cat "$tmp/score.log" >&2; exit 1; }
  sed -n 1p "$tmp/score.out"
}
