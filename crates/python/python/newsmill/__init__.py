"""newsmill: clean text, entities, quotes, figures and dump-level reports
from scraped news articles, in Python.

>>> import newsmill
>>> text = "Home | World | Sport\\nFloods hit the coast\\nRescuers said on Monday that 12 people had died.\\nShare on Facebook"
>>> "Share on Facebook" in newsmill.clean(text)
False
>>> [article["id"] for article in newsmill.process([{"id": "a1", "text": text}])]
['a1']

The work runs in Rust without holding the GIL, so threads processing
different records run in parallel. Records are the JSON objects of a
newsmill input (``text`` plus optional ``id``, ``title``, ``url``,
``date``, other fields kept in ``meta``); articles are the objects of
``articles.jsonl`` (``docs/schema.md``).
"""

from __future__ import annotations

import json
import os
from itertools import islice
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from . import _newsmill
from ._newsmill import TemplateCounter, content_key

__all__ = [
    "Pipeline",
    "DumpState",
    "StateFold",
    "TemplateCounter",
    "RecordError",
    "clean",
    "extract",
    "process",
    "content_key",
    "SCHEMA_VERSION",
]

SCHEMA_VERSION: str = _newsmill.SCHEMA_VERSION

#: Records handed to Rust at once by ``Pipeline.process``: enough to make
#: the crossing cheap, few enough that the first article comes quickly.
BATCH = 64


class RecordError(ValueError):
    """A record that produced no article.

    ``id`` names the record (its ``id`` field, else ``SOURCE:N`` for the
    N-th record), ``kind`` is the failure class (``no_text``, ``json``,
    ``empty``, ...), ``reason`` says why in plain words.
    """

    def __init__(self, failure: Dict[str, Any]):
        self.id: str = failure["id"]
        self.kind: str = failure["kind"]
        self.reason: str = failure["reason"]
        self.source: Dict[str, Any] = failure["source"]
        super().__init__(f"record {self.id!r}: {self.reason} ({self.kind})")


class Pipeline:
    """The loaded stages (cleaner with its site-template lines, entity
    tagger) and the options, built once and used for many records.

    ``templates``: the text of a template-lines file (what
    ``newsmill templates DUMP --out FILE`` writes, or
    ``TemplateCounter.finish()``), so boilerplate lines of the dump's sites
    are removed as ``newsmill run`` removes them; ``ner_model``: path of a
    tagger model from ``newsmill train ner`` (default: built-in English).

    >>> pipeline = Pipeline()
    >>> article = pipeline.process_one({"id": "a1", "title": "Floods", "text": "Officials said 12 people died in Lagos on Monday."})
    >>> article["id"], [e["canonical"] for e in article["entity_summary"]]
    ('a1', ['Lagos'])
    """

    def __init__(self, templates: Optional[str] = None, *, ner_model: Optional[Union[str, os.PathLike]] = None):
        model = os.fspath(ner_model) if ner_model is not None else None
        self._core = _newsmill.Core(templates, model)

    @classmethod
    def from_template_file(cls, path: Union[str, os.PathLike], **options: Any) -> "Pipeline":
        """A pipeline cleaning with the template lines of ``path``."""
        with open(path, encoding="utf-8") as file:
            return cls(file.read(), **options)

    def clean(self, text_or_html: str, title: Optional[str] = None) -> str:
        """The article's body text, boilerplate removed; HTML pages are
        recognised and read as pages.

        >>> Pipeline().clean("<html><body><nav>Home</nav><article><p>The mayor resigned on Friday after a long inquiry into the city budget.</p></article></body></html>")
        'The mayor resigned on Friday after a long inquiry into the city budget.'
        """
        return self._core.clean(text_or_html, title)

    def extract(self, text: str, date: Optional[str] = None) -> Dict[str, Any]:
        """Entities (``mentions``, ``entities``), ``quotes``, ``figures``
        and ``dates`` of clean text; ``date`` (ISO) resolves relative dates.

        >>> found = Pipeline().extract('"We will rebuild," said Mayor Ana Lopez.')
        >>> found["quotes"][0]["speaker"]
        'Mayor Ana Lopez'
        """
        return json.loads(self._core.extract(text, date))

    def process(
        self,
        records: Iterable[Union[Dict[str, Any], str, bytes]],
        *,
        state: Optional["DumpState"] = None,
        errors: str = "raise",
        source: str = "records",
        as_json: bool = False,
    ) -> Iterator[Any]:
        """Process records in order, yielding one article dict each.

        Records are dicts, or the JSON text of one (a line of a JSONL
        file, read exactly as ``newsmill run`` reads it). A record that
        gives no article raises ``RecordError`` naming it
        (``errors="skip"`` drops it instead); with a ``state``, every
        article and failure is also added to it. Ids default to
        ``SOURCE:N`` for the N-th record. ``as_json=True`` yields each
        article as its line of ``articles.jsonl`` (a ``str``) instead of a
        dict: cheaper when the articles are written out as JSON anyway.

        >>> line = '{"id": "a1", "text": "The river rose overnight and flooded the lower town, officials said on Monday."}'
        >>> [a["words"] for a in Pipeline().process([line])]
        [13]
        """
        if errors not in ("raise", "skip"):
            raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
        numbered = enumerate(records, start=1)
        target = state._tables if state is not None else None
        while True:
            batch = list(islice(numbered, BATCH))
            if not batch:
                return
            for kind, result in self._core.run_records(batch, source, target, as_json):
                if kind == "article":
                    yield result
                elif errors == "raise":
                    raise RecordError(json.loads(result) if as_json else result)

    def process_one(self, record: Union[Dict[str, Any], str, bytes]) -> Dict[str, Any]:
        """One record's article (``RecordError`` if it has none)."""
        for article in self.process([record]):
            return article
        raise RecordError({"id": "records:1", "kind": "empty", "reason": "no record", "source": {}})

    def process_warc(
        self,
        warc: Union[bytes, str, os.PathLike],
        *,
        name: Optional[str] = None,
        state: Optional["DumpState"] = None,
        errors: str = "raise",
        as_json: bool = False,
    ) -> Iterator[Any]:
        """Process the pages of a web archive (``.warc``, ``.warc.gz``,
        ``.warc.zst``: a path, read as it goes, or the whole file's bytes,
        as an engine such as Spark's ``binaryFiles`` hands it over), in
        order, yielding one article dict each, exactly as ``newsmill run``
        reads the same file. Records that are not articles (requests,
        redirects, images, errors) are only counted, in ``state``'s
        ``skipped_records``; a damaged record raises ``RecordError`` naming
        its byte offset (``errors="skip"`` goes on instead). Ids are
        ``NAME@OFFSET``, ``NAME`` being ``name`` or the file's name.

        >>> page = b"<html><title>Ferry strike</title><body><p>Ferry crews walked out on Monday, the union said, and no boats sailed.</p></body></html>"
        >>> http = b"HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n" + page
        >>> warc = b"WARC/1.0\\r\\nWARC-Type: response\\r\\nWARC-Target-URI: https://example.org/f\\r\\nContent-Length: %d\\r\\n\\r\\n%s\\r\\n\\r\\n" % (len(http), http)
        >>> [(a["id"], a["title"]) for a in Pipeline().process_warc(warc, name="crawl.warc")]
        [('crawl.warc@0', 'Ferry strike')]
        """
        if errors not in ("raise", "skip"):
            raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
        if isinstance(warc, (bytes, bytearray, memoryview)):
            label = name if name is not None else "warc"
            file = _newsmill.WarcFile.from_bytes(bytes(warc), label, label)
        else:
            file = _newsmill.WarcFile.open(os.fspath(warc), name)
        target = state._tables if state is not None else None
        while True:
            outcomes = self._core.run_warc(file, target, None, BATCH, as_json)
            if not outcomes:
                return
            for kind, result in outcomes:
                if kind == "article":
                    yield result
                elif errors == "raise":
                    raise RecordError(json.loads(result) if as_json else result)

    def run_warc(
        self,
        file: "_newsmill.WarcFile",
        state: Optional["DumpState"] = None,
        copies: Optional[Dict[int, str]] = None,
    ) -> Iterator[Tuple[str, str]]:
        """``newsmill run`` on one web archive (for engines that hand over
        whole files): ``(kind, json_line)`` as ``run_lines`` gives them.
        ``copies`` maps record numbers (from 1, in file order, as
        ``scan_warc`` gives them) to the id of the record they copy; they
        are handed over once and kept with ``file``, so use a fresh
        ``WarcFile`` for each run."""
        target = state._tables if state is not None else None
        # The copies cross into Rust once and stay with the file.
        handed = copies
        while True:
            outcomes = self._core.run_warc(file, target, handed, 256, True)
            handed = None
            if not outcomes:
                return
            yield from outcomes

    def run_lines(
        self,
        lines: Iterable[Tuple[int, Union[bytes, str]]],
        path: str,
        relative: Optional[str] = None,
        state: Optional["DumpState"] = None,
        copies: Optional[Dict[int, str]] = None,
    ) -> List[Tuple[str, str]]:
        """``newsmill run`` on numbered lines of a JSON Lines file (for
        engines that split files themselves): ``(kind, json_line)`` with
        kind ``article``, ``failure`` or ``duplicate``, each line as the
        matching output file holds it. ``copies`` maps line numbers of
        byte-identical copies to their first record's id.
        """
        name = relative if relative is not None else os.path.basename(path)
        target = state._tables if state is not None else None
        return self._core.run_lines(lines, path, name, target, copies)


class _DumpTables:
    """What a dump state and a fold of states both give: the run's counts,
    the copies word for word, and the dump-level files."""

    _tables: Union["_newsmill.DumpState", "_newsmill.StateFold"]

    def summary(self) -> Dict[str, Any]:
        """The run's counts so far, as ``summary.json``'s ``run`` has them."""
        return json.loads(self._tables.summary_json())

    def word_copies(self) -> Dict[str, str]:
        """Id of each article with the same words as an earlier one → that
        first article's id (``duplicate_of`` in ``articles.jsonl``)."""
        return dict(self._tables.word_copies())

    def write_reports(
        self,
        out_dir: Union[str, os.PathLike],
        *,
        articles_jsonl: Optional[Union[str, os.PathLike]] = None,
        run: Optional[Dict[str, Any]] = None,
        html_articles: int = 2000,
    ) -> Dict[str, Any]:
        """Write ``articles.csv``, ``entities.csv``, ``summary.json``,
        ``report.md`` and ``report.html`` into ``out_dir``; returns the
        summary. ``report.html`` shows the first articles of
        ``articles_jsonl`` (default: ``out_dir/articles.jsonl``); ``run``
        overrides fields of the run summary (``seconds``, ``threads``,
        ``inputs``, ...).
        """
        summary = self.summary()
        summary.update(run or {})
        articles = os.fspath(articles_jsonl) if articles_jsonl is not None else None
        report = self._tables.write_reports(os.fspath(out_dir), json.dumps(summary), articles, html_articles)
        return json.loads(report)


class DumpState(_DumpTables):
    """The dump-level state: what ``newsmill run`` gathers across the dump
    for its reports (copy and story clusters, entity tables, speakers,
    figure disagreements, counts). Fed in dump order, merged in dump order
    (``a.merge(b)``: b's records come after a's), sent as bytes, pickled.

    >>> import tempfile
    >>> state = DumpState()
    >>> articles = list(process([{"id": "a1", "text": "Officials said 12 people died in Lagos on Monday."}], state=state))
    >>> part = DumpState.from_bytes(state.to_bytes())
    >>> part.merge(state)
    >>> len(part), part.summary()["articles_written"]
    (2, 2)
    >>> report = part.write_reports(tempfile.mkdtemp())
    >>> report["totals"]["articles"]
    2
    """

    def __init__(self) -> None:
        self._tables = _newsmill.DumpState()

    @classmethod
    def _wrap(cls, inner: "_newsmill.DumpState") -> "DumpState":
        state = cls.__new__(cls)
        state._tables = inner
        return state

    def add(self, article: Union[Dict[str, Any], str]) -> None:
        """Add one article (a dict or JSON line of ``articles.jsonl``)."""
        self._tables.add(article)

    def add_failure(self, kind: str = "failed") -> None:
        """Count one record that produced no article, by failure kind."""
        self._tables.add_failure(kind)

    def add_skipped_copy(self) -> None:
        """Count one record skipped as a byte-identical copy."""
        self._tables.add_skipped_copy()

    def add_skipped_record(self, kind: str) -> None:
        """Count one input record that is not an article, by kind
        (``request``, ``redirect``, ``non_html``...: ``summary.json``'s
        ``skipped_records``)."""
        self._tables.add_skipped_record(kind)

    def merge(self, other: "DumpState") -> None:
        """Fold ``other`` (the records after this state's) into this one."""
        self._tables.merge(other._tables)

    def to_bytes(self) -> bytes:
        return self._tables.to_bytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "DumpState":
        """A state from ``to_bytes`` (``ValueError`` on other bytes)."""
        return cls._wrap(_newsmill.DumpState.from_bytes(data))

    def __reduce__(self) -> Tuple[Any, Tuple[bytes]]:
        return (DumpState.from_bytes, (self.to_bytes(),))

    def __len__(self) -> int:
        return len(self._tables)


class StateFold(_DumpTables):
    """Dump states folded in dump order into the dump-level tables
    themselves: the reports ``DumpState.merge`` of the same states would
    give, while memory stays flat however many states are folded (each
    article's digest waits in a scratch file in ``scratch_dir``, by default
    the system's temporary folder, removed when the fold goes). What a
    driver uses to write the reports of a dump processed in parts; it
    cannot be sent or merged itself.

    >>> import tempfile
    >>> first, second = DumpState(), DumpState()
    >>> _ = list(process([{"id": "a1", "text": "Officials said 12 people died in Lagos on Monday."}], state=first))
    >>> _ = list(process([{"id": "a2", "text": "Officials said 12 people died in Lagos on Monday."}], state=second))
    >>> fold = StateFold()
    >>> fold.add(first)
    >>> fold.add(second.to_bytes())
    >>> len(fold), fold.word_copies()
    (2, {'a2': 'a1'})
    >>> fold.write_reports(tempfile.mkdtemp())["totals"]["articles"]
    2
    """

    def __init__(self, scratch_dir: Optional[Union[str, os.PathLike]] = None) -> None:
        self._tables = _newsmill.StateFold(os.fspath(scratch_dir) if scratch_dir is not None else None)

    def add(self, state: Union["DumpState", bytes]) -> None:
        """Fold in a state, or its bytes (the part of the dump after those
        folded so far)."""
        if isinstance(state, (bytes, bytearray, memoryview)):
            self._tables.add_bytes(bytes(state))
        else:
            self._tables.add(state._tables)

    def __len__(self) -> int:
        """Articles folded so far."""
        return int(self.summary()["articles_written"])


_default: Optional[Pipeline] = None


def _pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def clean(text_or_html: str, title: Optional[str] = None) -> str:
    """``Pipeline().clean`` with a shared default pipeline."""
    return _pipeline().clean(text_or_html, title)


def extract(text: str, date: Optional[str] = None) -> Dict[str, Any]:
    """``Pipeline().extract`` with a shared default pipeline."""
    return _pipeline().extract(text, date)


def process(records: Iterable[Union[Dict[str, Any], str, bytes]], **options: Any) -> Iterator[Dict[str, Any]]:
    """``Pipeline().process`` with a shared default pipeline."""
    return _pipeline().process(records, **options)
