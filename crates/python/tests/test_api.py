"""The Python API against the command line on the same records."""

import ast
import json
import math
import pickle
import threading
import time
from pathlib import Path

import pytest

import newsmill
from newsmill import spark as engine  # the partition logic, without Spark

from conftest import numbered_lines, summary_without_timing

BOILERPLATE = "Home | World | Business | Sport\nShare on Facebook\nShare on Twitter\n"
BODY = (
    "Floods hit the coast\n"
    "Rescuers searched flooded streets in Lagos on Monday after heavy rain, officials said.\n"
    '"We will rebuild every home," said Governor Ana Lopez, who visited the area.\n'
    "At least 12 people were killed, police said.\n"
)


def test_clean_drops_site_furniture_and_reads_pages():
    clean = newsmill.clean(BOILERPLATE + BODY + "© 2024 Daily Planet. All rights reserved.")
    assert "Rescuers searched flooded streets in Lagos" in clean
    assert "Share on Facebook" not in clean and "All rights reserved" not in clean
    page = (
        "<html><head><title>Floods</title></head><body><nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
        "<article><p>Rescuers searched flooded streets in Lagos on Monday after heavy rain, officials said.</p>"
        "<p>At least 12 people were killed, police said.</p></article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    clean = newsmill.clean(page)
    assert clean.startswith("Rescuers searched") and "12 people" in clean
    assert "<p>" not in clean and "newsletter" not in clean
    with pytest.raises(ValueError, match="cannot clean"):
        newsmill.clean("   ")


def test_extract_finds_speakers_places_and_figures():
    found = newsmill.extract(BODY, date="2024-03-04")
    assert {"Lagos", "Ana Lopez"} <= {e["canonical"] for e in found["entities"]}
    speakers = [q["speaker_canonical"] for q in found["quotes"]]
    assert speakers == ["Ana Lopez"], found["quotes"]
    killed = [f for f in found["figures"] if f["value"] == 12.0]
    assert killed and killed[0]["source"] == "police", found["figures"]
    monday = [d for d in found["dates"] if d["text"] == "Monday"]
    assert monday and monday[0]["resolved"] == "2024-03-04", found["dates"]


def test_records_that_give_no_article_raise_naming_the_record():
    with pytest.raises(newsmill.RecordError) as error:
        newsmill.Pipeline().process_one({"id": "x1", "title": "No body"})
    assert error.value.id == "x1" and error.value.kind == "no_text_field"
    assert "x1" in str(error.value) and "no text field" in str(error.value)
    records = [{"id": "ok1", "text": BODY}, "{not json", {"text": "  "}, {"id": "ok2", "text": BODY + "More."}]
    with pytest.raises(newsmill.RecordError) as error:
        list(newsmill.process(records))
    assert (error.value.id, error.value.kind) == ("records:2", "bad_json")
    state = newsmill.DumpState()
    kept = [a["id"] for a in newsmill.process(records, errors="skip", state=state)]
    assert kept == ["ok1", "ok2"]
    assert state.summary()["failures"] == 2 and state.summary()["records_seen"] == 4
    with pytest.raises(ValueError, match="errors must be"):
        list(newsmill.process(records, errors="ignore"))


def test_bad_templates_and_models_raise():
    with pytest.raises(ValueError, match="template-lines file"):
        newsmill.Pipeline("not a template file")
    with pytest.raises(OSError, match="cannot read model"):
        newsmill.Pipeline(ner_model="/nonexistent/model.bin")


def test_process_equals_newsmill_run_article_by_article(dump, cli_out, newsmill_bin, tmp_path):
    import subprocess

    records, counter = [], newsmill.TemplateCounter()
    for _, line in numbered_lines(dump):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        records.append(record)
        if isinstance(record.get("text"), str) and record["text"].strip():
            counter.observe(record["text"])
    templates = counter.finish()
    subprocess.run([str(newsmill_bin), "templates", str(dump), "--out", str(tmp_path / "t.txt")], check=True,
                   capture_output=True)
    assert templates == (tmp_path / "t.txt").read_text(), "the same template lines as `newsmill templates`"
    assert len(templates.splitlines()) > 10

    expected = {}
    for line in (cli_out / "articles.jsonl").read_text().splitlines():
        article = json.loads(line)
        expected[article["id"]] = article
    seen = 0
    for article in newsmill.Pipeline(templates).process(records, errors="skip"):
        want = expected.get(article["id"])
        if want is None:  # an exact copy: newsmill run skips it
            continue
        seen += 1
        for key in ("source", "duplicate_of"):
            article.pop(key), want.pop(key)
        assert article == want, article["id"]
    assert seen == len(expected) > 100


def test_partition_states_folded_in_order_equal_the_run(dump, cli_out, tmp_path):
    """The Spark job's partition logic, run here in-process on 3 unequal
    partitions: every output file equals `newsmill run`'s."""
    lines = numbered_lines(dump)
    parts = [lines[:37], lines[37:120], lines[120:]]
    path, relative = str(dump), dump.name
    counter, groups = newsmill.TemplateCounter(), {}
    for index, part in enumerate(parts):
        for kind, a, b in engine.scan_partition(index, part, path, relative):
            if kind == "counts":
                counter.merge(newsmill.TemplateCounter.from_bytes(b))
            else:
                groups.setdefault(a, []).append(b)
    copies = dict(c for group in groups.items() if len(group[1]) > 1 for c in engine.copies_of(group))
    assert len(copies) > 20
    templates = counter.finish(engine.TEMPLATE_MIN_RECORDS)
    outputs, states = {"article": [], "failure": [], "duplicate": []}, []
    for index, part in enumerate(parts):
        for kind, text in engine.process_partition(index, part, path, relative, templates, copies):
            if kind == "state":
                states.append(text)
            else:
                outputs[kind].append(text)
    state = engine.fold_states(states)
    firsts = state.word_copies()
    articles = [engine.mark_copy(line, firsts) for line in outputs["article"]]
    assert sum('"duplicate_of":"' in a for a in articles) == len(firsts) > 0

    def lines_of(name):
        return (cli_out / name).read_text().splitlines()

    assert articles == lines_of("articles.jsonl")
    assert outputs["failure"] == lines_of("failures.jsonl") and outputs["failure"]
    assert outputs["duplicate"] == lines_of("duplicates.jsonl")
    out = tmp_path / "reports"
    (out).mkdir()
    (out / "articles.jsonl").write_text("".join(a + "\n" for a in articles))
    state.write_reports(out, run={"inputs": [path]})
    for name in ("articles.csv", "entities.csv"):
        assert (out / name).read_bytes() == (cli_out / name).read_bytes(), name
    assert summary_without_timing(out / "summary.json") == summary_without_timing(cli_out / "summary.json")
    html = (out / "report.html").read_text()
    assert json.loads(articles[0])["id"] in html


def test_state_bytes_are_checked_and_merges_keep_order():
    with pytest.raises(ValueError, match="not a newsmill dump state"):
        newsmill.DumpState.from_bytes(b"junk")
    first, second = newsmill.DumpState(), newsmill.DumpState()
    article = newsmill.Pipeline().process_one({"id": "a", "text": BODY})
    first.add(article)
    second.add(dict(article, id="b"))
    with pytest.raises(ValueError, match="itself"):
        first.merge(first)
    with pytest.raises(ValueError, match='article "c"'):
        first.add({"id": "c"})
    ab = pickle.loads(pickle.dumps(first))
    ab.merge(second)
    ba = newsmill.DumpState.from_bytes(second.to_bytes())
    ba.merge(first)
    assert ab.word_copies() == {"b": "a"} and ba.word_copies() == {"a": "b"}
    assert len(ab) == 2 and len(first) == 1


def test_the_gil_is_released_while_rust_works():
    pipeline = newsmill.Pipeline()
    lines = [(n, json.dumps({"id": str(n), "text": BODY * 20})) for n in range(1, 1801)]
    inside = threading.Event()

    def spin(until) -> int:
        ticks = 0
        while until():
            ticks += 1
        return ticks

    alone_end = time.perf_counter() + 0.2
    rate = spin(lambda: time.perf_counter() < alone_end) / 0.2
    spans = []

    # One call long enough to measure, whatever the machine's speed: many
    # short calls would hand the GIL over between calls anyway.
    started = time.perf_counter()
    pipeline.run_lines(lines, "gil", "gil")
    once = time.perf_counter() - started
    repeat = max(1, math.ceil(0.5 / max(once, 1e-3)))
    lines = [(n, text) for n, (_, text) in enumerate(lines * repeat, start=1)]

    def work():
        inside.set()
        started = time.perf_counter()
        pipeline.run_lines(lines, "gil", "gil")
        spans.append(time.perf_counter() - started)
        inside.clear()

    worker = threading.Thread(target=work)
    worker.start()
    inside.wait()
    ticks = spin(lambda: inside.is_set() and not time.perf_counter() < 0)
    worker.join()
    assert spans[0] > 0.3, "the call must be long enough to tell"
    # Holding the GIL for the whole call would leave this thread a couple
    # of switch intervals (~10 ms) of it; released, most of it.
    assert ticks > 0.25 * rate * spans[0], (ticks, rate, spans)


def test_stubs_name_what_the_module_has():
    stub = Path(newsmill.__file__).with_name("_newsmill.pyi")
    tree = ast.parse(stub.read_text())
    runtime = newsmill._newsmill
    stubbed = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            stubbed.add(node.name)
            cls = getattr(runtime, node.name)
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    assert hasattr(cls, item.name), f"{node.name}.{item.name}"
        elif isinstance(node, ast.FunctionDef):
            stubbed.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            stubbed.add(node.target.id)
    public = {name for name in dir(runtime) if not name.startswith("_")}
    assert public == stubbed
    assert Path(newsmill.__file__).with_name("py.typed").exists()


def test_process_warc_equals_newsmill_run_on_the_same_archive(newsmill_bin, tmp_path):
    """A web archive from a path and from bytes: the same article lines as
    `newsmill run` on the file, and its skipped records counted."""
    from conftest import REPO, run_cli

    archive = REPO / "samples" / "warc" / "multilingual.warc.gz"
    cli = run_cli(newsmill_bin, archive, tmp_path / "cli")
    expected = (cli / "articles.jsonl").read_text().splitlines()
    assert len(expected) == 8
    state = newsmill.DumpState()
    pipeline = newsmill.Pipeline()
    from_path = list(pipeline.process_warc(archive, state=state, as_json=True))
    assert from_path == expected
    run = json.loads((cli / "summary.json").read_text())
    assert state.summary()["skipped_records"] == run["skipped_records"] != {}
    assert state.summary()["records_seen"] == run["records_seen"]
    assert state.summary()["bytes_read"] == run["bytes_read"]
    data = archive.read_bytes()
    from_bytes = list(pipeline.process_warc(data, name=archive.name, as_json=True))
    assert [json.loads(line)["id"] for line in from_bytes] == [json.loads(line)["id"] for line in expected]
    dicts = list(pipeline.process_warc(data, name=archive.name))
    assert [a["text"] for a in dicts] == [json.loads(line)["text"] for line in expected]
    # Saved under a name that says nothing: `name` tells the compression,
    # or else the first bytes do.
    upload = tmp_path / "upload-0001"
    upload.write_bytes(data)
    for name in (archive.name, None):
        ids = [a["id"] for a in pipeline.process_warc(upload, name=name)]
        assert len(ids) == 8 and ids[0].startswith(f"{name or upload.name}@"), ids


def test_process_warc_names_a_damaged_record():
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>The ferry sailed at noon with forty people on board.</p>"
    good = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n" % (len(page), page)
    damaged = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nxx\r\n\r\n"
    warc = good + damaged + good
    with pytest.raises(newsmill.RecordError, match=r"crawl\.warc@\d+"):
        list(newsmill.Pipeline().process_warc(warc, name="crawl.warc"))
    kept = list(newsmill.Pipeline().process_warc(warc, name="crawl.warc", errors="skip"))
    assert [a["id"] for a in kept] == ["crawl.warc@0", f"crawl.warc@{len(good) + len(damaged)}"]
