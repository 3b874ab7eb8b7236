#!/usr/bin/env bash
# The Spark job (examples/spark/newsmill_job.py) on local[2] against
# `newsmill run --threads 2` on the same generated dump: wall time of each
# whole process (Spark's start-up included), runs interleaved, medians;
# every Spark run's articles are checked equal to the binary's first.
#
#   benches/spark_vs_cli.sh [MB] [REPEATS] [PARTITIONS] [ROUTE] [FORMAT]
#     defaults: 100 MB, 3 repeats, 8 partitions, route auto (the parts route
#     in local mode; `rdd` for the route that reads through Spark), format
#     jsonl (`warc`: the dump's records as PARTITIONS `.warc.gz` files of
#     HTML pages, a request before each response, read as a folder)
#
# Needs the release binary, the newsmill wheel and pyspark installed, Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
repeats=${2:-3}
partitions=${3:-8}
route=${4:-auto}
format=${5:-jsonl}
bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/newsmill")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 ../shared/tools/make_dump.py --mb "$mb" --out "$work/dump.jsonl" --seed 9 >/dev/null
input="$work/dump.jsonl"
if [ "$format" = warc ]; then
  python3 crates/python/tests/warcs.py "$work/dump.jsonl" "$work/warc" "$partitions"
  input="$work/warc"
fi
export PYSPARK_PYTHON=${PYSPARK_PYTHON:-$(command -v python3)}

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
# What Spark itself costs before any work: a session and a job of two numbers.
cat > "$work/startup.py" <<'JOB'
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
spark.sparkContext.parallelize(range(2), 2).map(lambda x: x + 1).collect()
spark.stop()
JOB
echo "Spark start-up alone (a session and a job of two numbers): $(seconds spark-submit --master 'local[2]' \
  --driver-memory 2g --conf spark.ui.enabled=false "$work/startup.py") s"
cli=(); spark=()
for i in $(seq "$repeats"); do
  rm -rf "$work/cli" "$work/spark"
  cli+=("$(seconds "$bin" run "$input" --out "$work/cli" --threads 2 -q || true)")
  spark+=("$(seconds spark-submit --master 'local[2]' --driver-memory 2g \
    --conf spark.ui.enabled=false examples/spark/newsmill_job.py \
    --input "$input" --out "$work/spark" --partitions "$partitions" --route "$route")")
  if [ -f "$work/spark/articles.jsonl" ]; then # the parts route writes newsmill run's files
    for file in articles.jsonl failures.jsonl articles.csv entities.csv mentions.csv quotes.csv figures.csv; do
      cmp "$work/spark/$file" "$work/cli/$file"
    done
    cmp <(sort "$work/spark/duplicates.jsonl") <(sort "$work/cli/duplicates.jsonl")
  else
    cat "$work"/spark/articles/part-* | cmp - "$work/cli/articles.jsonl"
    cmp "$work/spark/articles.csv" "$work/cli/articles.csv"
  fi
  echo "run $i: newsmill --threads 2 ${cli[-1]} s, spark local[2] ${spark[-1]} s (outputs equal)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m_cli=$(median "${cli[@]}"); m_spark=$(median "${spark[@]}")
echo "dump: $mb MB ($format), $partitions partitions, route $route, $repeats runs each, medians: newsmill run --threads 2 $m_cli s, Spark local[2] $m_spark s, ratio $(echo "scale=3; $m_spark / $m_cli" | bc)"
