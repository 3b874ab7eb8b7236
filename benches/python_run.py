"""`newsmill run --threads 1` done with the Python API, for
benches/python_vs_cli.sh: learn the template lines, process every record as
a dict (json in, dict out), write articles.jsonl from the dicts, and write
the dump-level reports from the DumpState.

    python3 benches/python_run.py DUMP.jsonl OUT_DIR
"""

import json
import os
import sys

import newsmill


def records(path):
    with open(path, encoding="utf-8") as dump:
        for line in dump:
            if line.strip():
                yield json.loads(line)


def main(dump, out):
    counter = newsmill.TemplateCounter()
    for record in records(dump):
        counter.observe(record["text"])
    pipeline = newsmill.Pipeline(counter.finish())
    state = newsmill.DumpState()
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as articles:
        for article in pipeline.process(records(dump), state=state, source=dump):
            articles.write(json.dumps(article, ensure_ascii=False) + "\n")
    report = state.write_reports(out, run={"inputs": [dump], "threads": 1})
    print(report["totals"]["articles"], "articles", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
