"""newsmill on Spark: one dump in (JSON Lines, or web archives), the files
of ``newsmill run`` out, computed by the executors.

    from pyspark.sql import SparkSession
    from newsmill.spark import run_dump

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    run_dump(spark, "dump.jsonl", "out/")

Two routes, both giving what a single ``newsmill run`` over the dump gives:

**Parts** (``route="parts"``, chosen in local mode when the input (a file
or a folder, in any format ``newsmill run`` reads) and ``out`` are paths
the driver and every executor see: local mode, a shared or mounted file
system). The executors read the input themselves, each task one part of
it (``newsmill run --part K/N``: JSON Lines files are cut between lines,
other files, such as ``.gz`` files and web archives, go whole to one
part):

1. the driver learns the template lines from the whole file (as
   ``newsmill templates``, on its cores);
2. task K runs part K/N of the file into a shard folder under ``out``;
3. the driver merges the shards in order as they finish (as ``newsmill
   merge``), so merging overlaps the later parts, then writes the
   dump-level files. ``out`` holds exactly the files of ``newsmill run``
   (``articles.jsonl``, ``failures.jsonl``, ``duplicates.jsonl``, the CSVs
   and reports); skipped copies are the same lines, possibly in another
   order.

No article crosses into the JVM, which is why this route is the fast one.

**RDD** (``route="rdd"``, any path Spark reads, ``.gz`` too, and
``article_format="parquet"``): Spark reads the input and hands it to
Python: a JSON Lines dump (a file, a folder, a pattern or a list of
them) as lines, a web archive (``.warc``, ``.warc.gz``, ``.warc.zst``) or
a folder of them (walked as ``newsmill run`` walks folders, in sorted
order) as whole files, one task per file (``binaryFiles``; a task holds
its file in memory), in dump order. Names Hadoop cannot hand over, link
loops and patterns that match web archives are refused with the reason.

1. site-template lines: each partition counts its records' lines
   (``TemplateCounter``); the counts are summed on the driver, and every
   partition is cleaned with the lines learnt from the whole dump;
2. byte-identical copies: records are grouped by ``content_key``; in each
   group the first line of the file is the article, the others are
   written to ``duplicates/`` naming it, before anything is processed;
3. partition states (``DumpState``) come back with the failures and
   copies, a partition at a time in partition order, and are folded in
   that order on the driver (``StateFold``: its memory stays flat);
4. an article with the same words as an earlier one in another partition
   gets its ``duplicate_of`` once all states are folded, as the writer of
   a single run sets it;
5. failures (malformed lines, records without text) go to ``failures/``
   with the ids and reasons ``newsmill run`` gives them.

Output of this route: ``OUT/articles/``, ``OUT/failures/``,
``OUT/duplicates/`` (part files whose concatenation, in part order, is
``articles.jsonl``, ``failures.jsonl`` and ``duplicates.jsonl``; articles
as Parquet with ``article_format="parquet"``), and the dump-level files
(``articles.csv``, ``entities.csv``, ``summary.json``, ``report.md``,
``report.html``) in the driver's local ``reports_dir`` (default: ``OUT``
when it is local).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
import time
from itertools import islice
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from . import DumpState, Pipeline, StateFold, TemplateCounter
from ._newsmill import Merger, WarcFile, learn_templates, run_command, scan_lines, scan_warc, set_duplicate_of

#: Lines handed to Rust at once.
CHUNK = 256
#: Fewer records than this and no template lines are learnt (as `newsmill run`).
TEMPLATE_MIN_RECORDS = 50

# One pipeline per executor process and template set: Spark reuses its
# Python workers, and loading the tagger costs more than a small partition.
_PIPELINES: Dict[str, Pipeline] = {}


def _pipeline(templates: str) -> Pipeline:
    pipeline = _PIPELINES.get(templates)
    if pipeline is None:
        _PIPELINES.clear()
        pipeline = _PIPELINES[templates] = Pipeline(templates)
    return pipeline


def _chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[List[Any]]:
    items = iter(items)
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        yield chunk


def scan_partition(index: int, lines: Iterable[Tuple[int, bytes]], path: str, relative: str) -> Iterator[Tuple[str, Any, Any]]:
    """Template-line counts of a partition, and `(content_key, (line, id))`
    of each of its records."""
    counter = TemplateCounter()
    for chunk in _chunks(lines):
        for line, key, record_id in scan_lines(chunk, path, relative, counter):
            yield ("key", key, (line, record_id))
    yield ("counts", index, counter.to_bytes())


def copies_of(group: Tuple[str, Iterable[Tuple[int, str]]]) -> Iterator[Tuple[int, str]]:
    """`(line, first id)` of every record of a content-key group but its
    first (in file order)."""
    _, members = group
    ordered = sorted(members)
    first_id = ordered[0][1]
    for line, _ in ordered[1:]:
        yield (line, first_id)


def process_partition(
    index: int,
    lines: Iterable[Tuple[int, bytes]],
    path: str,
    relative: str,
    templates: str,
    copies: Dict[int, str],
) -> Iterator[Tuple[str, Any]]:
    """`(kind, json_line)` of each record of a partition (kind `article`,
    `failure` or `duplicate`), in order, then `("state", state bytes)`."""
    pipeline = _pipeline(templates)
    state = DumpState()
    for chunk in _chunks(lines):
        wanted = {line: copies[line] for line, _ in chunk if line in copies}
        yield from pipeline.run_lines(chunk, path, relative, state, wanted)
    yield ("state", state.to_bytes())


def scan_archives(
    archives: Iterable[Tuple[int, str, str, bytes]]
) -> Iterator[Tuple[str, Any, Any]]:
    """Template-line counts of each web archive, and `(content_key,
    ((file, number), id))` of each of its records."""
    for index, path, relative, data in archives:
        counter = TemplateCounter()
        for number, key, record_id in scan_warc(WarcFile.from_bytes(data, path, relative), counter):
            yield ("key", key, ((index, number), record_id))
        yield ("counts", index, counter.to_bytes())


def process_archives(
    archives: Iterable[Tuple[int, str, str, bytes]],
    templates: str,
    copies: Dict[int, Dict[int, str]],
) -> Iterator[Tuple[str, Any]]:
    """`(kind, json_line)` of each record of each web archive, in order,
    then `("state", state bytes)` of them all."""
    pipeline = _pipeline(templates)
    state = DumpState()
    for index, path, relative, data in archives:
        file = WarcFile.from_bytes(data, path, relative)
        yield from pipeline.run_warc(file, state, copies.get(index, {}))
    yield ("state", state.to_bytes())


def fold_states(parts: Iterable[bytes]) -> StateFold:
    """The partitions' states folded in the order given (partition order).

    A state is a log of what the dump-level aggregates are fed; the fold
    feeds each to the aggregates as it comes and keeps none, so the driver's
    memory stays flat however large the dump (a tree reduction would move
    the same bytes twice before the driver, which needs them all)."""
    fold = StateFold()
    for data in parts:
        fold.add(data)
    return fold


def _local_dir(path: str) -> Optional[str]:
    if path.startswith("file://"):
        return path[len("file://") :]
    if "://" in path:
        return None
    return path


def run_dump(
    spark: Any,
    input_path: str,
    out: str,
    *,
    partitions: Optional[int] = None,
    source_path: Optional[str] = None,
    reports_dir: Optional[str] = None,
    article_format: str = "jsonl",
    html_articles: int = 2000,
    route: str = "auto",
) -> Dict[str, Any]:
    """Run newsmill over ``input_path`` (a JSON Lines file, ``.gz`` too, or
    a web archive or a folder of them, any path Spark reads; on the parts
    route anything ``newsmill run`` reads) and write the outputs (see the
    module docs).

    ``source_path``: the path records name as their source (default: the
    input path); ``partitions``: at least this many input splits (parts;
    web archives on the rdd route are one task each);
    ``route``: ``"parts"``, ``"rdd"`` or ``"auto"``, which takes the parts
    route in local mode whenever it can (see the module docs). Returns the
    dump-level summary (``summary.json``).
    """
    if article_format not in ("jsonl", "parquet"):
        raise ValueError(f"article_format must be 'jsonl' or 'parquet', not {article_format!r}")
    if route not in ("auto", "parts", "rdd"):
        raise ValueError(f"route must be 'auto', 'parts' or 'rdd', not {route!r}")
    sc = spark.sparkContext if hasattr(spark, "sparkContext") else spark
    why_not = _why_not_parts(input_path, out, source_path, reports_dir, article_format)
    if route == "auto":
        route = "parts" if why_not is None and sc.master.startswith("local") else "rdd"
    if route == "parts":
        if why_not is not None:
            raise ValueError(f"route='parts' cannot run: {why_not}")
        return _run_parts(sc, _local_dir(input_path) or input_path, _local_dir(out) or out, partitions, html_articles)
    return _run_rdd(spark, input_path, out, partitions, source_path, reports_dir, article_format, html_articles)


def _why_not_parts(
    input_path: str, out: str, source_path: Optional[str], reports_dir: Optional[str], article_format: str
) -> Optional[str]:
    """Why the parts route cannot run this job, or None when it can."""
    local_input, local_out = _local_dir(input_path), _local_dir(out)
    if local_input is None or local_out is None:
        return "the input and the output must be paths of a file system the executors mount"
    if not os.path.exists(local_input):
        return f"{input_path} does not exist"
    if article_format != "jsonl":
        return "it writes articles as JSON Lines only"
    if source_path not in (None, input_path) or reports_dir not in (None, out, local_out):
        return "records name their input as their source, and reports go to the output folder"
    return None


#: Written into a part's shard folder once the folder is complete; the
#: driver waits for it (on file systems where a rename is a copy, the
#: folder's files can appear one by one).
_DONE = "newsmill-part.done"


def _run_part(args: List[str], shard: str) -> None:
    """Run one part into ``shard``, through a folder of this task attempt's
    own, renamed when done: a retried or speculative attempt never writes
    into a folder another attempt is writing or has finished."""
    try:
        from pyspark import TaskContext

        context = TaskContext.get()
        attempt = context.taskAttemptId() if context is not None else os.getpid()
    except ImportError:
        attempt = os.getpid()
    own = f"{shard}.attempt-{attempt}"
    shutil.rmtree(own, ignore_errors=True)
    run_command(args + ["--out", own])
    try:
        os.rename(own, shard)
    except OSError:
        # Another attempt of this part finished first.
        if not os.path.exists(os.path.join(shard, _DONE)):
            raise
        shutil.rmtree(own, ignore_errors=True)
        return
    with open(os.path.join(shard, _DONE), "w", encoding="utf-8"):
        pass


def _run_parts(sc: Any, input_path: str, out: str, partitions: Optional[int], html_articles: int) -> Dict[str, Any]:
    count = partitions or 4 * sc.defaultParallelism
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix=".newsmill-parts-", dir=out)
    group = f"newsmill-parts-{os.path.basename(work)}"
    failed: List[BaseException] = []
    runner: Optional[threading.Thread] = None
    try:
        templates = os.path.join(work, "templates.txt")
        with open(templates, "w", encoding="utf-8") as file:
            file.write(learn_templates([input_path], TEMPLATE_MIN_RECORDS))
        shards = [os.path.join(work, f"part-{index:05d}") for index in range(count)]
        common = ["--templates", templates, "--threads", "1", "--quiet", "--html-articles", "0"]

        def part(index: int) -> None:
            _run_part([input_path, "--part", f"{index}/{count}", *common], shards[index])

        def run_all() -> None:
            try:
                sc.setJobGroup(group, "newsmill parts", interruptOnCancel=True)
                sc.parallelize(range(count), count).foreach(part)
            except BaseException as error:  # re-raised on the driver's thread below
                failed.append(error)

        runner = threading.Thread(target=run_all, name="newsmill-parts", daemon=True)
        runner.start()
        merger = Merger(out, html_articles)
        for shard in shards:
            done = os.path.join(shard, _DONE)
            while not os.path.exists(done) and runner.is_alive():
                time.sleep(0.1)
            if not os.path.exists(done):
                runner.join()
                raise failed[0] if failed else RuntimeError(f"the part in {shard} did not finish")
            merger.add(shard)
            # Merged: its disk space is free for the parts still running.
            shutil.rmtree(shard, ignore_errors=True)
        runner.join()
        if failed:
            raise failed[0]
        merger.finish()
    finally:
        if runner is not None and runner.is_alive():
            # The driver stopped (an error, an interrupt): so do the parts,
            # before their folder goes.
            sc.cancelJobGroup(group)
            runner.join()
        shutil.rmtree(work, ignore_errors=True)
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as file:
        return json.load(file)


#: Endings of the web archives the rdd route reads.
_WARC_ENDINGS = (".warc", ".warc.gz", ".warc.zst")
#: Endings of every file ``newsmill run`` reads in a folder (before .gz/.zst).
_ARTICLE_ENDINGS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".warc")


def _is_article_file(name: str) -> bool:
    name = name.lower()
    for compressed in (".gz", ".zst"):
        if name.endswith(compressed):
            name = name[: -len(compressed)]
            break
    return name.endswith(_ARTICLE_ENDINGS)


#: What Hadoop reads as a pattern in a path (escaped before ``binaryFiles``).
_GLOB = re.compile(r"([\\*?\[\]{}])")


def _web_archives(sc: Any, input_path: str) -> Optional[Tuple[List[Tuple[str, str]], int, bool]]:
    """When ``input_path`` (any path Spark reads) is a web archive or a
    folder of them: ``(uri, relative name)`` of each archive in the order
    ``newsmill run`` reads them (folders walked in sorted order), how many
    folder entries are not article files (``skipped_files``), and whether
    the input is a folder. None when it holds no web archive, and for a
    path that does not exist or a pattern or list of JSON Lines files
    (``dump-*.jsonl``, ``a.jsonl,b.jsonl``): those go to ``textFile``."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    root = jvm.org.apache.hadoop.fs.Path(input_path)
    fs = root.getFileSystem(conf)
    if not fs.exists(root):
        _refuse_patterns_of_archives(jvm, conf, input_path)
        return None
    status = fs.getFileStatus(root)
    if not status.isDirectory():
        name = root.getName()
        if not name.lower().endswith(_WARC_ENDINGS):
            return None
        if name.startswith((".", "_")):
            # Hadoop's readers skip such names even when named directly.
            raise ValueError(f"{input_path}: Spark does not read files whose names start with '.' or '_'; rename it")
        _refuse_unreadable_name(input_path, name)
        return [(status.getPath().toString(), name)], 0, False
    archives: List[Tuple[str, str]] = []
    others: List[str] = []
    skipped = 0
    seen = set()
    local = fs.getScheme() == "file"

    def walk(folder: Any, prefix: str) -> None:
        nonlocal skipped
        # A folder met twice is a link loop (Hadoop's local file system
        # does not resolve links: the real path does).
        real = os.path.realpath(folder.toUri().getPath()) if local else fs.resolvePath(folder).toString()
        if real in seen:
            raise ValueError(f"{input_path}: {prefix or './'} is a folder met before (a symbolic link loop?)")
        seen.add(real)
        entries = sorted(fs.listStatus(folder), key=lambda entry: entry.getPath().getName().encode("utf-8"))
        for entry in entries:
            name = entry.getPath().getName()
            if name.startswith("."):
                skipped += 1
            elif entry.isDirectory():
                walk(entry.getPath(), f"{prefix}{name}/")
            elif name.startswith("_") or not _is_article_file(name):
                skipped += 1
            elif name.lower().endswith(_WARC_ENDINGS):
                archives.append((entry.getPath().toString(), prefix + name))
            else:
                others.append(prefix + name)

    walk(status.getPath(), "")
    if not archives:
        return None
    if others:
        raise ValueError(
            f"{input_path} holds web archives and other article files ({others[0]}, ...): "
            "the rdd route reads one kind per run; run them separately"
        )
    for _, relative in archives:
        _refuse_unreadable_name(input_path, relative)
    return archives, skipped, True


def _refuse_unreadable_name(input_path: str, relative: str) -> None:
    """Hadoop splits a path at commas and reads a colon as a URI scheme:
    such a name cannot be handed to ``binaryFiles``."""
    for mark in (",", ":"):
        if mark in relative:
            raise ValueError(f"{input_path}: Spark cannot read a file whose name has a {mark!r} ({relative}); rename it")


def _refuse_patterns_of_archives(jvm: Any, conf: Any, input_path: str) -> None:
    """A pattern or list that matches web archives would be read as lines
    of JSON: refuse it (a folder of archives is read whole)."""
    for part in filter(None, input_path.split(",")):
        pattern = jvm.org.apache.hadoop.fs.Path(part)
        matches = pattern.getFileSystem(conf).globStatus(pattern) or []
        for match in matches:
            if match.getPath().getName().lower().endswith(_WARC_ENDINGS):
                raise ValueError(
                    f"{input_path} matches web archives ({match.getPath().getName()}, ...): "
                    "give the folder that holds them, or one archive"
                )


def _run_rdd(
    spark: Any,
    input_path: str,
    out: str,
    partitions: Optional[int],
    source_path: Optional[str],
    reports_dir: Optional[str],
    article_format: str,
    html_articles: int,
) -> Dict[str, Any]:
    reports = reports_dir or _local_dir(out)
    if reports is None:
        raise ValueError(f"reports_dir is needed: the driver cannot write reports to {out}")
    started = time.monotonic()
    sc = spark.sparkContext if hasattr(spark, "sparkContext") else spark
    path = source_path or input_path
    archives = _web_archives(sc, input_path)
    run: Dict[str, Any] = {"threads": sc.defaultParallelism, "inputs": [path]}
    if archives is None:
        processed = _process_lines(sc, input_path, partitions, path)
    else:
        files, run["skipped_files"], folder = archives
        processed = _process_archives(sc, files, path, folder)
    return _write_rdd_outputs(spark, sc, processed, out, reports, article_format, html_articles, run, started)


def _templates_and_copies(scanned: Any) -> Tuple[str, Dict[Any, str]]:
    """The template lines of the whole dump and the byte-identical copies
    (position → first id), from a scan's ``("counts", order, bytes)`` and
    ``("key", key, (position, id))`` rows."""
    from pyspark import StorageLevel

    scanned.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counter = TemplateCounter()
        for _, _, data in sorted(scanned.filter(lambda t: t[0] == "counts").collect(), key=lambda t: t[1]):
            counter.merge(TemplateCounter.from_bytes(data))
        copies = dict(
            scanned.filter(lambda t: t[0] == "key")
            .map(lambda t: (t[1], t[2]))
            .groupByKey()
            .filter(lambda group: len(group[1]) > 1)
            .flatMap(copies_of)
            .collect()
        )
    finally:
        scanned.unpersist()
    return counter.finish(TEMPLATE_MIN_RECORDS), copies


def _process_lines(sc: Any, input_path: str, partitions: Optional[int], path: str) -> Tuple[Any, Any]:
    """A JSON Lines dump: the processed RDD (see ``process_partition``) and
    the broadcast it reads."""
    relative = os.path.basename(path.rstrip("/"))
    raw = sc.textFile(input_path, minPartitions=partitions, use_unicode=False)
    # Re-read for each pass rather than cached: reading is cheap next to
    # processing, and zipWithIndex numbers the lines the same way each time.
    numbered = raw.zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0]))
    scanned = numbered.mapPartitionsWithIndex(lambda i, lines: scan_partition(i, lines, path, relative))
    templates, copies = _templates_and_copies(scanned)
    shared = sc.broadcast((templates, copies))
    processed = numbered.mapPartitionsWithIndex(
        lambda i, lines: process_partition(i, lines, path, relative, shared.value[0], shared.value[1])
    )
    return processed, shared


def _process_archives(sc: Any, files: List[Tuple[str, str]], path: str, folder: bool) -> Tuple[Any, Any]:
    """Web archives, one task each, in dump order (a union of one-file
    RDDs keeps that order without a shuffle): the processed RDD and the
    broadcast it reads. Each task holds its whole archive in memory, as
    ``binaryFiles`` hands it over."""
    base = path.rstrip("/")

    def read(index: int, uri: str, relative: str) -> Any:
        # Each record names its file as newsmill run names it.
        source = f"{base}/{relative}" if folder else path
        # binaryFiles reads its argument as a pattern: a name's brackets,
        # braces, stars... are escaped to mean themselves.
        return sc.binaryFiles(_GLOB.sub(r"\\\1", uri)).map(lambda pair: (index, source, relative, pair[1]))

    archives = sc.union([read(index, uri, relative) for index, (uri, relative) in enumerate(files)])
    scanned = archives.mapPartitions(scan_archives)
    templates, copies = _templates_and_copies(scanned)
    by_file: Dict[int, Dict[int, str]] = {}
    for (index, number), first in copies.items():
        by_file.setdefault(index, {})[number] = first
    shared = sc.broadcast((templates, by_file))
    processed = archives.mapPartitions(lambda items: process_archives(items, shared.value[0], shared.value[1]))
    return processed, shared


def _write_rdd_outputs(
    spark: Any,
    sc: Any,
    prepared: Tuple[Any, Any],
    out: str,
    reports: str,
    article_format: str,
    html_articles: int,
    run: Dict[str, Any],
    started: float,
) -> Dict[str, Any]:
    """Run the processing, fold the states in order, write the part files
    and the dump-level files."""
    from pyspark import StorageLevel

    processed, shared = prepared
    # On disk only: a partition's articles (twice its input, 100 MB and
    # more) are written as they come; kept in memory, the whole partition
    # is unrolled in the heap first, and a 2 GB heap ran out on 1 GB of
    # web archives (16 partitions).
    processed.persist(StorageLevel.DISK_ONLY)
    # One action runs the processing on every core and keeps, besides the
    # articles, what is not an article (states, failures, copies) in a cache
    # of its own; that part then comes to the driver a partition at a time,
    # in order, each state folded as it comes: the driver never holds them
    # all, and no partition's articles are read again for it.
    others = processed.filter(lambda t: t[0] != "article")
    others.persist(StorageLevel.MEMORY_AND_DISK)
    side: List[Tuple[str, str]] = []
    try:
        try:
            others.count()

            def side_lines() -> Iterator[bytes]:
                for kind, data in others.toLocalIterator(prefetchPartitions=True):
                    if kind == "state":
                        yield data
                    else:
                        side.append((kind, data))

            state = fold_states(side_lines())
        finally:
            others.unpersist()
            shared.unpersist()

        word_copies = state.word_copies()
        firsts = sc.broadcast(word_copies)
        try:
            articles = processed.filter(lambda t: t[0] == "article").map(lambda t: t[1])
            if word_copies:
                articles = articles.map(lambda line: mark_copy(line, firsts.value))
            base = out.rstrip("/")
            if article_format == "parquet":
                spark_session = spark if hasattr(spark, "read") else None
                if spark_session is None:
                    raise ValueError("article_format='parquet' needs a SparkSession, not a SparkContext")
                spark_session.read.json(articles).write.mode("overwrite").parquet(f"{base}/articles")
            else:
                articles.saveAsTextFile(f"{base}/articles")
            for kind, folder in (("failure", "failures"), ("duplicate", "duplicates")):
                lines = [text for found, text in side if found == kind]
                sc.parallelize(lines, 1).saveAsTextFile(f"{base}/{folder}")
            first_articles = articles.take(html_articles) if html_articles > 0 else []
        finally:
            firsts.unpersist()
    finally:
        processed.unpersist()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as shown:
        for line in first_articles:
            shown.write(line + "\n")
    try:
        run["seconds"] = time.monotonic() - started
        return state.write_reports(reports, articles_jsonl=shown.name, run=run, html_articles=html_articles)
    finally:
        os.unlink(shown.name)


_DECODER = json.JSONDecoder()
_ID_FIELD = ',"id":'


def mark_copy(line: str, firsts: Dict[str, str]) -> str:
    """The article line with ``duplicate_of`` set when its id is in
    ``firsts``. The id is read without parsing the whole line (it is the
    second field, after the schema version): only copies pay for a parse."""
    at = line.find(_ID_FIELD)
    if at < 0:
        return line
    record_id, _ = _DECODER.raw_decode(line, at + len(_ID_FIELD))
    first = firsts.get(record_id)
    return line if first is None else set_duplicate_of(line, first)
