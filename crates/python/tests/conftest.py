"""Shared fixtures: a generated dump and `newsmill run` over it, the
reference every engine's output is compared with."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"


def require(module: str):
    """Import `module`; without it the test fails under CI (which must
    install it) and is skipped elsewhere."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{module} is not installed (.ci/run must install it): {error}")
        pytest.skip(f"{module} is not installed")


@pytest.fixture(scope="session")
def newsmill_bin() -> Path:
    candidates = [os.environ.get("NEWSMILL_BIN"), os.environ.get("CARGO_TARGET_DIR"), str(REPO / "target")]
    for candidate in filter(None, candidates):
        path = Path(candidate)
        if path.is_dir():
            path = path / "release" / "newsmill"
        if path.is_file():
            return path
    pytest.fail("no newsmill binary: run `cargo build --release` first (or set NEWSMILL_BIN)")


def make_dump(out: Path, mb: float, seed: int) -> Path:
    tool = SHARED / "tools" / "make_dump.py"
    if not tool.is_file():
        pytest.fail(f"{tool} is missing: the tests need ../shared beside the checkout")
    subprocess.run(
        [sys.executable, str(tool), "--mb", str(mb), "--out", str(out), "--seed", str(seed),
         "--exact-dup", "0.2", "--malformed", "0.03"],
        check=True, capture_output=True,
    )
    return out


@pytest.fixture(scope="session")
def dump(tmp_path_factory) -> Path:
    """~1.5 MB, a fifth exact copies, 3% malformed lines."""
    return make_dump(tmp_path_factory.mktemp("dump") / "dump.jsonl", 1.5, 11)


def run_cli(newsmill_bin: Path, dump: Path, out: Path, *extra: str) -> Path:
    done = subprocess.run([str(newsmill_bin), "run", str(dump), "--out", str(out), "-q", *extra],
                          capture_output=True, text=True)
    # 3: finished, some records failed (the malformed lines).
    assert done.returncode in (0, 3), done.stderr
    return out


@pytest.fixture(scope="session")
def cli_out(newsmill_bin, dump, tmp_path_factory) -> Path:
    return run_cli(newsmill_bin, dump, tmp_path_factory.mktemp("cli"))


def numbered_lines(path: Path):
    with open(path, "rb") as file:
        return [(n, line.rstrip(b"\n")) for n, line in enumerate(file, start=1)]


def summary_without_timing(path: Path) -> dict:
    import json

    summary = json.loads(path.read_text())
    for key in ("seconds", "threads", "inputs"):
        summary.pop(key)
    return summary
