#!/usr/bin/env bash
# The Python tests (the second test command of the README): build the
# wheel, install it, and run pytest on the package (API against
# `newsmill run`, Spark local[2], datatrove) and its docstring examples.
# Needs the release binary (cargo build --release), Java 17 for Spark, and
# ../shared beside the checkout. `--install-deps` first installs maturin,
# pytest, pyspark and datatrove from PyPI.
set -euo pipefail
cd "$(dirname "$0")/../.."

pip_install() {
  # A system Python may refuse packages outside a venv (PEP 668) unless told.
  python3 -m pip install --quiet "$@" 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages "$@"
}

if [[ "${1:-}" == "--install-deps" ]]; then
  echo "== pip install maturin pytest pyspark datatrove"
  pip_install "maturin>=1.5,<2" pytest pyspark datatrove
fi

wheels=$(mktemp -d)
trap 'rm -rf "$wheels"' EXIT
echo "== maturin build (the newsmill wheel)"
python3 -m maturin build --release --quiet -m crates/python/Cargo.toml --out "$wheels"
pip_install --force-reinstall --no-deps "$wheels"/newsmill-*.whl
echo "== pytest"
python3 -m pytest -q crates/python/tests --doctest-modules --pyargs newsmill
