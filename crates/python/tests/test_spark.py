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
    """The parts route (local mode, a .jsonl file): executors read their own
    part of the file, and the output folder is newsmill run's."""
    import runpy

    job = runpy.run_path(str(REPO / "examples" / "spark" / "newsmill_job.py"))
    out = tmp_path / "spark"
    summary = job["main"](["--input", str(dump), "--out", str(out), "--partitions", "5"], spark=spark)
    assert summary["totals"]["articles"] > 100
    for name in ("articles.jsonl", "failures.jsonl", "articles.csv", "entities.csv", "mentions.csv",
                 "quotes.csv", "figures.csv"):
        assert (out / name).read_bytes() == (cli_out / name).read_bytes(), name
    assert '"duplicate_of":"' in (out / "articles.jsonl").read_text()
    # Skipped copies are the same lines; a copy whose first is in an earlier
    # part is logged when the merge meets it.
    copies = sorted((out / "duplicates.jsonl").read_text().splitlines())
    assert copies == sorted((cli_out / "duplicates.jsonl").read_text().splitlines()) != []
    assert summary_without_timing(out / "summary.json") == summary_without_timing(cli_out / "summary.json")
    assert not [name for name in os.listdir(out) if name.startswith(".newsmill")], "work files left"


def test_spark_rdd_route_equals_newsmill_run(spark, dump, cli_out, tmp_path):
    """The route for any path Spark reads: part files whose concatenation is
    newsmill run's files."""
    from newsmill.spark import run_dump

    out = tmp_path / "spark-rdd"
    summary = run_dump(spark, str(dump), str(out), partitions=3, route="rdd")
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


def test_spark_parts_route_refuses_paths_executors_cannot_read(spark, tmp_path):
    from newsmill.spark import run_dump

    with pytest.raises(ValueError, match="file system the executors mount"):
        run_dump(spark, "hdfs://cluster/dumps/d.jsonl", str(tmp_path / "out"), route="parts")


def test_spark_parts_route_reads_a_folder(spark, dump, newsmill_bin, tmp_path):
    """A folder of JSON Lines, one of them gzipped (read whole by one part),
    as `newsmill run` reads it."""
    import gzip

    from conftest import run_cli
    from newsmill.spark import run_dump

    lines = dump.read_bytes().splitlines(keepends=True)
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(b"".join(lines[: len(lines) // 2]))
    (folder / "b.jsonl.gz").write_bytes(gzip.compress(b"".join(lines[len(lines) // 2 :])))
    cli = run_cli(newsmill_bin, folder, tmp_path / "cli")
    out = tmp_path / "spark"
    run_dump(spark, str(folder), str(out), partitions=4)
    for name in ("articles.jsonl", "failures.jsonl", "articles.csv", "entities.csv"):
        assert (out / name).read_bytes() == (cli / name).read_bytes(), name
    assert summary_without_timing(out / "summary.json") == summary_without_timing(cli / "summary.json")


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


def test_spark_rdd_route_reads_a_folder_of_web_archives(spark, dump, newsmill_bin, tmp_path):
    """Web archives from any Spark path: each archive is one task (Spark's
    binaryFiles), in the order newsmill run walks the folder; copies across
    archives, a damaged member, skipped records and files that are not
    articles all come out as newsmill run gives them."""
    from conftest import run_cli
    from newsmill.spark import run_dump
    from warcs import write_warc_folder

    folder = tmp_path / "crawl"
    write_warc_folder(dump, folder)
    cli = run_cli(newsmill_bin, folder, tmp_path / "cli")
    out = tmp_path / "spark-warc"
    summary = run_dump(spark, str(folder), str(out), route="rdd")
    assert summary["totals"]["articles"] > 100
    # _SUCCESS, crawl-notes.csv, .crawler-state and the .cache folder.
    assert summary["skipped_records"]["request"] > 100 and summary["skipped_files"] == 4

    def lines_of(name):
        return (cli / name).read_text().splitlines()

    articles = part_lines(out / "articles")
    assert articles == lines_of("articles.jsonl")
    assert any('"id":"b [1].warc@' in line for line in articles)
    assert any('"duplicate_of":"_late/extra.warc@' in line for line in part_lines(out / "duplicates"))
    assert part_lines(out / "failures") == lines_of("failures.jsonl") != []
    assert part_lines(out / "duplicates") == lines_of("duplicates.jsonl") != []
    for name in ("articles.csv", "entities.csv"):
        assert (out / name).read_bytes() == (cli / name).read_bytes(), name
    assert summary_without_timing(out / "summary.json") == summary_without_timing(cli / "summary.json")


def test_spark_rdd_route_reads_a_pattern_of_json_lines_files(spark, dump, cli_out, tmp_path):
    """A pattern is not a path to walk: it goes to textFile as before."""
    from newsmill.spark import run_dump

    pattern = str(dump).replace("dump.jsonl", "dump.json[l]")
    out = tmp_path / "pattern"
    run_dump(spark, pattern, str(out), partitions=2, route="rdd", source_path=str(dump), html_articles=0)
    assert part_lines(out / "articles") == (cli_out / "articles.jsonl").read_text().splitlines()


def test_spark_rdd_route_refuses_web_archives_mixed_with_other_files(spark, dump, tmp_path):
    from newsmill.spark import run_dump
    from warcs import write_warc_folder

    folder = tmp_path / "mixed"
    write_warc_folder(dump, folder)
    (folder / "more.jsonl").write_bytes(dump.read_bytes()[:2000])
    with pytest.raises(ValueError, match="web archives and other article files"):
        run_dump(spark, str(folder), str(tmp_path / "out"), route="rdd")


def test_spark_rdd_route_refuses_what_it_would_misread(spark, tmp_path):
    """Names Hadoop cannot hand over, link loops and patterns of archives
    are refused before any work, with the reason."""
    from newsmill.spark import run_dump
    from warcs import crawl_of

    archive = b"".join(crawl_of([{"title": "Ferry", "text": "The ferry sailed at noon."}], 0))
    out = str(tmp_path / "out")
    comma = tmp_path / "comma"
    comma.mkdir()
    (comma / "crawl,1.warc").write_bytes(archive)
    with pytest.raises(ValueError, match="has a ','"):
        run_dump(spark, str(comma), out, route="rdd")
    hidden = tmp_path / "_crawl.warc"
    hidden.write_bytes(archive)
    with pytest.raises(ValueError, match="start with '.' or '_'"):
        run_dump(spark, str(hidden), out, route="rdd")
    loop = tmp_path / "loop"
    loop.mkdir()
    (loop / "a.warc").write_bytes(archive)
    (loop / "again").symlink_to(loop, target_is_directory=True)
    with pytest.raises(ValueError, match="met before"):
        run_dump(spark, str(loop), out, route="rdd")
    with pytest.raises(ValueError, match="matches web archives"):
        run_dump(spark, str(loop / "*.warc"), out, route="rdd")
