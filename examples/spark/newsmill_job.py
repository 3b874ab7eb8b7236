"""newsmill over one dump on a Spark cluster (see README.md beside this).

    spark-submit ... newsmill_job.py --input hdfs:///dumps/d.jsonl.gz --out hdfs:///out/d --reports reports/
    spark-submit ... newsmill_job.py --input s3a://bucket/cc-news/2024/ --out s3a://bucket/newsmill/ --reports reports/

`main(argv, spark=None)` is what the command line calls; the tests call it
with their own session.
"""

import argparse
import json
import sys
from typing import Any, Dict, List, Optional


def parse(argv: List[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", required=True, help="a JSON Lines dump (.gz too), or a web archive or folder of them (.warc, .warc.gz, .warc.zst), any path Spark reads")
    parser.add_argument("--out", required=True, help="folder for the articles/, failures/, duplicates/ part files")
    parser.add_argument("--reports", help="local folder on the driver for the dump-level files (default: --out if local)")
    parser.add_argument("--partitions", type=int, help="at least this many input splits of a JSON Lines dump (default: Spark's; web archives are one task each)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl", help="articles as JSONL or Parquet")
    parser.add_argument("--source-path", help="the path records name as their source (default: --input)")
    parser.add_argument(
        "--route",
        choices=("auto", "parts", "rdd"),
        default="auto",
        help="parts: executors read the file themselves (local files); rdd: through Spark (any path); auto: parts when it can",
    )
    parser.add_argument("--html-articles", type=int, default=2000, help="articles shown one by one in report.html")
    return parser.parse_args(argv)


def main(argv: Optional[List[str]] = None, spark: Any = None) -> Dict[str, Any]:
    args = parse(sys.argv[1:] if argv is None else argv)
    from newsmill.spark import run_dump

    own = spark is None
    if own:
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.appName("newsmill").getOrCreate()
    try:
        return run_dump(
            spark,
            args.input,
            args.out,
            partitions=args.partitions,
            source_path=args.source_path,
            reports_dir=args.reports,
            article_format=args.format,
            html_articles=args.html_articles,
            route=args.route,
        )
    finally:
        if own:
            spark.stop()


if __name__ == "__main__":
    totals = main()["totals"]
    print(json.dumps({k: totals[k] for k in ("articles", "failures", "skipped_copies", "exact_copies")}))
