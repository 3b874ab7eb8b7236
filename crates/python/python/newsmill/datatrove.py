"""newsmill as a datatrove pipeline step: between datatrove's readers and
writers, on any of its executors (local, Slurm, Ray).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsmill.datatrove import NewsmillStep

    LocalPipelineExecutor(pipeline=[
        JsonlReader("dump/"), NewsmillStep(), JsonlWriter("clean/")], tasks=4).run()

Each document's text (scraped text or an HTML page) is replaced by the
article's clean text; everything else newsmill found (title, byline,
outlet, language, entities, quotes, figures, dates, removed lines...) goes
into ``doc.metadata`` under the names of ``articles.jsonl``
(``docs/schema.md``). The document's metadata is the record's other
fields, so ``title``, ``url`` and ``date`` there are read as newsmill reads
them.
"""

from __future__ import annotations

import json
import os
from itertools import islice
from typing import Any, Dict, Iterator, Optional

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.logging import logger

from . import DumpState, Pipeline, StateFold

#: Fields of an article that are not copied into the metadata: the text is
#: the document's, the id is the document's own.
_NOT_METADATA = ("text", "id")
_BATCH = 64


class NewsmillStep(PipelineStep):
    """Clean each document and extract from it with newsmill.

    ``templates``: text of a template-lines file (from
    ``newsmill templates``), so site boilerplate learnt over the whole dump
    is removed; ``ner_model``: a tagger model path; ``drop_failures``: drop
    documents that give no article (no text: the reason is logged with the
    document's id) instead of passing them on unchanged;
    ``state_folder``: a local folder where each task writes its
    ``DumpState`` (``{rank:05d}.state``), for ``fold_states`` to build the
    dump-level reports.
    """

    name = "📰 newsmill"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        templates: Optional[str] = None,
        *,
        ner_model: Optional[str] = None,
        drop_failures: bool = True,
        state_folder: Optional[str] = None,
    ):
        super().__init__()
        self.templates = templates
        self.ner_model = ner_model
        self.drop_failures = drop_failures
        self.state_folder = state_folder
        # Built in the worker that runs the step: the loaded stages are not
        # sent between processes.
        self._pipeline: Optional[Pipeline] = None

    def __getstate__(self) -> Dict[str, Any]:
        fields = dict(self.__dict__)
        fields["_pipeline"] = None
        return fields

    def _stages(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.templates, ner_model=self.ner_model)
        return self._pipeline

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pipeline = self._stages()
        state = DumpState() if self.state_folder else None
        documents = iter(data or ())
        while True:
            batch = list(islice(documents, _BATCH))
            if not batch:
                break
            with self.track_time(unit="batch"):
                lines = [(n, _record_line(doc)) for n, doc in enumerate(batch, start=1)]
                outcomes = pipeline.run_lines(lines, "datatrove", "datatrove", state)
            yield from self._apply(batch, outcomes)
        if state is not None and self.state_folder:
            os.makedirs(self.state_folder, exist_ok=True)
            with open(os.path.join(self.state_folder, f"{rank:05d}.state"), "wb") as out:
                out.write(state.to_bytes())

    def _apply(self, batch: list, outcomes: list) -> Iterator[Document]:
        for doc, (kind, line) in zip(batch, outcomes):
            self.stat_update("total")
            found = json.loads(line)
            if kind != "article":
                self.stat_update("failed")
                logger.warning(f"newsmill: document {doc.id!r}: {found['reason']} ({found['kind']})")
                if not self.drop_failures:
                    yield doc
                continue
            doc.text = found["text"]
            for key, value in found.items():
                if key not in _NOT_METADATA:
                    doc.metadata[key] = value
            self.stat_update("articles")
            self.update_doc_stats(doc)
            yield doc


def _record_line(doc: Document) -> bytes:
    record = {key: value for key, value in doc.metadata.items() if key not in ("text", "id")}
    record["id"] = str(doc.id)
    record["text"] = doc.text
    return json.dumps(record, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")


def fold_states(state_folder: str, scratch_dir: Optional[str] = None) -> StateFold:
    """The tasks' states folded in rank order (the readers' order of the
    dump when each task read a contiguous part of it), one at a time: the
    memory of the fold stays flat however many tasks there were (its
    per-article digests wait in ``scratch_dir``, by default the system's
    temporary folder). Write the dump-level reports with its
    ``write_reports``."""
    fold = StateFold(scratch_dir)
    for name in sorted(os.listdir(state_folder)):
        if name.endswith(".state"):
            with open(os.path.join(state_folder, name), "rb") as part:
                fold.add(part.read())
    return fold


def merge_states(state_folder: str) -> DumpState:
    """The tasks' states merged in rank order into one ``DumpState`` (to
    send on or merge further); it holds every task's log, so its memory
    grows with the dump: to write the reports, ``fold_states`` is flat."""
    merged = DumpState()
    for name in sorted(os.listdir(state_folder)):
        if name.endswith(".state"):
            with open(os.path.join(state_folder, name), "rb") as part:
                merged.merge(DumpState.from_bytes(part.read()))
    return merged
