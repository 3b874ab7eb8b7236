#!/usr/bin/env bash
# The text cleaner on the written pages of benches/html_written/, fed as the
# cleaning benchmark feeds it: each page turned into "naive text" (every
# visible text block a line; benches/naive_text.py follows the benchmark's
# description of its input), cleaned with `newsmill clean
# --no-template-learning` and scored with the benchmark's shingle F1. The
# held-out half of the benchmark is scored this way, so these pages, from
# sites no rule was written on, estimate it better than the dev pages.
#
#   benches/html_written_text.sh [BATCH...]   (default: batch1 … batch6)
#   NEWSMILL_BIN=path/to/newsmill scores that binary instead
set -euo pipefail
exec bash "$(dirname "$0")/html_written.sh" --text "$@"
