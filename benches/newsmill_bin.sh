# Sourced by the bench scripts, from the repository root.

# pick_newsmill_bin: sets `bin` to the newsmill binary to measure:
# NEWSMILL_BIN if set (e.g. a build of an earlier commit, for first scores),
# else a release build of this tree.
pick_newsmill_bin() {
  if [ -n "${NEWSMILL_BIN:-}" ]; then
    bin=$(realpath "$NEWSMILL_BIN")
  else
    cargo build --release --quiet -p newsmill
    bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/newsmill")
  fi
}

# parts_from_args SCRIPT [--dev-only]: sets `parts` to "dev held", or to
# "dev" while tuning (the held part left unscored).
parts_from_args() {
  case "${2:-}" in
    "") parts="dev held" ;;
    --dev-only) parts=dev ;;
    *) echo "usage: $1 [--dev-only]" >&2; exit 2 ;;
  esac
}

# score_quotes DIR: the quote scorer's summary line for DIR/gold.jsonl (its
# "file" paths relative to DIR), with `bin`; the details go to $tmp.
score_quotes() {
  python3 ../shared/tools/quote_score.py "$bin" --gold "$1/gold.jsonl" --root "$1" \
    > "$tmp/score.out" 2>> "$tmp/score.log" || { cat "$tmp/score.log" >&2; exit 1; }
  sed -n 1p "$tmp/score.out"
}

# bring_newsmill WORK NAME WHAT: WHAT (a newsmill binary, or a revision built
# in a worktree at WORK/NAME) copied to WORK/NAME.bin. The caller removes the
# worktree (git worktree remove --force WORK/NAME) when done.
bring_newsmill() {
  local work=$1 name=$2 what=$3
  if [ -x "$what" ] && [ -f "$what" ]; then
    cp "$what" "$work/$name.bin"
  else
    git worktree add --quiet --detach "$work/$name" "$what"
    (cd "$work/$name" && CARGO_TARGET_DIR="$work/target" cargo build --release --quiet --bin newsmill)
    cp "$work/target/release/newsmill" "$work/$name.bin"
  fi
}
