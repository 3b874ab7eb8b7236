"""`newsmill run --threads 1` done with the Python API, for
benches/python_vs_cli.sh: learn the template lines, process every record,
write articles.jsonl, and write the dump-level reports from the DumpState.

    python3 benches/python_run.py DUMP.jsonl OUT_DIR [dicts|json|dicts-kept]

dicts (default): records read as dicts (json.loads), articles given back
as dicts and written with json.dumps, as a user holding dicts would;
json: the lines handed over as they are and the articles taken as their
JSON lines (`process(..., as_json=True)`);
dicts-kept: as dicts, but the articles are used as dicts (their entities
counted, then dropped) rather than written: the API's own cost with dicts,
without the caller's json.dumps (articles.jsonl stays empty, so
report.html shows no articles; the other dump-level files as ever).
"""

import json
import os
import sys

import newsmill


def lines(path):
    with open(path, encoding="utf-8") as dump:
        yield from (line for line in dump if line.strip())


def main(dump, out, mode="dicts"):
    counter = newsmill.TemplateCounter()
    for line in lines(dump):
        counter.observe(json.loads(line)["text"])
    pipeline = newsmill.Pipeline(counter.finish())
    state = newsmill.DumpState()
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as articles:
        if mode == "dicts":
            records = (json.loads(line) for line in lines(dump))
            for article in pipeline.process(records, state=state, source=dump):
                articles.write(json.dumps(article, ensure_ascii=False) + "\n")
        elif mode == "dicts-kept":
            records = (json.loads(line) for line in lines(dump))
            mentions = sum(len(a["entities"]) for a in pipeline.process(records, state=state, source=dump))
            print(mentions, "mentions", file=sys.stderr)
        else:
            for line in pipeline.process(lines(dump), state=state, source=dump, as_json=True):
                articles.write(line + "\n")
    report = state.write_reports(out, run={"inputs": [dump], "threads": 1})
    print(report["totals"]["articles"], "articles", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
