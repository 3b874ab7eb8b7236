"""The Spark job on local[2], against `newsmill run` on the same dump."""

import json
import os

import pytest

from conftest import REPO, require, summary_without_timing


@pytest.fixture(scope="module")
def spark():
    require("pyspark")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", __import__("sys").executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsmill-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def part_lines(folder):
    names = sorted(n for n in os.listdir(folder) if n.startswith("part-"))
    assert names, f"no part files in {folder}"
    lines = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as part:
            lines.extend(part.read().splitlines())
    return lines


def test_spark_job_equals_newsmill_run(spark, dump, cli_out, tmp_path):
    import runpy

    job = runpy.run_path(str(REPO / "examples" / "spark" / "newsmill_job.py"))
    out = tmp_path / "spark"
    summary = job["main"](["--input", str(dump), "--out", str(out), "--partitions", "3"], spark=spark)
    assert summary["totals"]["articles"] > 100

    def lines_of(name):
        return (cli_out / name).read_text().splitlines()

    articles = part_lines(out / "articles")
    assert articles == lines_of("articles.jsonl")
    assert any('"duplicate_of":"' in line for line in articles)
    assert part_lines(out / "failures") == lines_of("failures.jsonl") != []
    assert part_lines(out / "duplicates") == lines_of("duplicates.jsonl") != []
    for name in ("articles.csv", "entities.csv"):
        assert (out / name).read_bytes() == (cli_out / name).read_bytes(), name
    assert summary_without_timing(out / "summary.json") == summary_without_timing(cli_out / "summary.json")
    shown = json.loads(articles[0])["id"]
    assert shown in (out / "report.html").read_text()


def test_spark_job_writes_articles_as_parquet(spark, dump, cli_out, tmp_path):
    from newsmill.spark import run_dump

    out = tmp_path / "parquet"
    run_dump(spark, str(dump), str(out), partitions=2, article_format="parquet", html_articles=0)
    rows = spark.read.parquet(str(out / "articles")).select("id", "words", "duplicate_of").collect()
    expected = [json.loads(line) for line in (cli_out / "articles.jsonl").read_text().splitlines()]
    assert sorted((r.id, r.words, r.duplicate_of) for r in rows) == sorted(
        (a["id"], a["words"], a["duplicate_of"]) for a in expected
    )
    assert (out / "summary.json").exists() and part_lines(out / "failures")
