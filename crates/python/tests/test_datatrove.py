"""The datatrove step in a real LocalPipelineExecutor run."""

import gzip
import json
import subprocess

from conftest import numbered_lines, require


def test_datatrove_pipeline_writes_newsmill_articles(dump, cli_out, newsmill_bin, tmp_path):
    require("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newsmill.datatrove import NewsmillStep, fold_states, merge_states

    # The first copy of each text, as `newsmill run` keeps them: datatrove
    # has its own deduplication steps; this one is about newsmill's.
    expected = {}
    for line in (cli_out / "articles.jsonl").read_text().splitlines():
        article = json.loads(line)
        expected[article["id"]] = article
    source = tmp_path / "in"
    source.mkdir()
    rows = []
    for _, line in numbered_lines(dump):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if "text" not in record:
            # datatrove's reader skips rows without text; a blank one
            # reaches the step, which drops it with the reason logged.
            rows.append(dict(record, text=" \n "))
        elif record.get("id") in expected:
            rows.append(record)
    half = len(rows) // 2
    for name, part in (("a.jsonl", rows[:half]), ("b.jsonl", rows[half:])):
        (source / name).write_text("".join(json.dumps(r) + "\n" for r in part))

    # The dump's template lines, as `newsmill run` learnt them.
    templates = tmp_path / "templates.txt"
    subprocess.run([str(newsmill_bin), "templates", str(dump), "--out", str(templates)], check=True)
    out, states = tmp_path / "out", tmp_path / "states"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source), add_file_path=False),
            NewsmillStep(templates.read_text(), drop_failures=True, state_folder=str(states)),
            JsonlWriter(str(out)),
        ],
        tasks=2,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    docs = []
    for path in sorted(out.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as part:
            docs.extend(json.loads(line) for line in part)
    assert len(docs) == len(expected) > 100, "every article, the blank records dropped"
    with_entities = 0
    for doc in docs:
        want = expected[doc["id"]]
        metadata = doc["metadata"]
        # The writer leaves out an empty text.
        assert doc.get("text", "") == want["text"], doc["id"]
        # Where a record comes from, and copies of other articles, are the
        # runner's to say.
        for key in ("source", "duplicate_of"):
            metadata.pop(key), want.pop(key)
        assert metadata == {k: v for k, v in want.items() if k not in ("id", "text")}, doc["id"]
        with_entities += bool(metadata["entities"])
    assert with_entities > len(docs) // 2
    merged = merge_states(str(states))
    assert len(merged) == len(docs) and merged.summary()["failures"] == len(rows) - len(docs)
    # The flat fold of the same task states writes the merge's tables.
    folded = fold_states(str(states), scratch_dir=str(tmp_path))
    assert folded.summary() == merged.summary() and len(folded) == len(merged)
    by_merge, by_fold = tmp_path / "by-merge", tmp_path / "by-fold"
    merged.write_reports(by_merge, run={"seconds": 0})
    folded.write_reports(by_fold, run={"seconds": 0})
    for name in ("articles.csv", "entities.csv", "summary.json"):
        assert (by_fold / name).read_bytes() == (by_merge / name).read_bytes(), name
