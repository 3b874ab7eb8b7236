"""Peak memory of a driver that gathers the dump-level state of a dump
processed in parts: ``DumpState.merge`` (every part's log kept) against
``StateFold`` (each part folded into the tables as it comes), on COPIES
copies of the state of one dump standing for the parts of a larger one.

    python3 benches/state_memory.py DUMP.jsonl [COPIES]     (default 20)

Prints the state's bytes per article, then each way's peak resident
memory (each in its own process) and that the two write the same
articles.csv and entities.csv. Needs the newsmill wheel installed.
"""

import filecmp
import os
import resource
import subprocess
import sys
import tempfile

import newsmill


def build_state(dump: str, out: str) -> None:
    pipeline = newsmill.Pipeline()
    state = newsmill.DumpState()
    with open(dump, encoding="utf-8") as lines:
        for _ in pipeline.process((line for line in lines if line.strip()), state=state, source=dump, as_json=True):
            pass
    data = state.to_bytes()
    with open(out, "wb") as part:
        part.write(data)
    print(f"state of {len(state)} articles: {len(data)} bytes, {len(data) / max(len(state), 1):.0f} per article")


def gather(way: str, part: str, copies: int, out: str) -> None:
    with open(part, "rb") as f:
        data = f.read()
    if way == "merge":
        whole = newsmill.DumpState()
        for _ in range(copies):
            whole.merge(newsmill.DumpState.from_bytes(data))
    else:
        whole = newsmill.StateFold()
        for _ in range(copies):
            whole.add(data)
    whole.write_reports(out, run={"seconds": 0}, html_articles=0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{way:5} {copies} parts: peak {peak} MB, {whole.summary()['articles_written']} articles")


def main(dump: str, copies: int = 20) -> None:
    work = tempfile.mkdtemp()
    part = os.path.join(work, "part.state")
    build_state(dump, part)
    for way in ("merge", "fold"):
        subprocess.run([sys.executable, __file__, "--gather", way, part, str(copies), os.path.join(work, way)], check=True)
    for name in ("articles.csv", "entities.csv"):
        same = filecmp.cmp(os.path.join(work, "merge", name), os.path.join(work, "fold", name), shallow=False)
        print(f"{name}: {'identical' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    if sys.argv[1] == "--gather":
        gather(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    else:
        main(sys.argv[1], *(int(a) for a in sys.argv[2:3]))
