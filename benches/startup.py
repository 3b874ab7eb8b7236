#!/usr/bin/env python3
"""Start-up cost of `newsmill run`: CPU time (user + system) of whole runs
on a one-article input, for one or more builds run in alternation (this
machine's speed drifts, so the builds take turns), with each build's
median. What one article costs beyond the start-up is small: the figure is
mostly the tables and patterns a process builds before its first article.

usage: benches/startup.py [--runs N] [--input FILE.jsonl] BIN [BIN...]
  defaults: 30 runs a build; the input is the first record of the 4 MB
  dump that benches/vs_peer_pipeline.sh generates (written if missing).
Standard library only; run from the repository root with ../shared beside.
"""
import argparse
import gzip
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile

DUMP = '/tmp/newsmill-peer/dump-4.jsonl.gz'


def one_article(path):
    if not os.path.exists(DUMP):
        os.makedirs(os.path.dirname(DUMP), exist_ok=True)
        subprocess.run([sys.executable, '../shared/tools/make_dump.py', '--mb', '4',
                        '--out', DUMP, '--seed', '11'], check=True, stdout=subprocess.DEVNULL)
    with gzip.open(DUMP, 'rt', encoding='utf-8') as f:
        first = f.readline()
    with open(path, 'w', encoding='utf-8') as out:
        out.write(first)


def cpu_seconds(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--runs', type=int, default=30)
    parser.add_argument('--input')
    parser.add_argument('bins', nargs='+')
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix='newsmill-startup.')
    try:
        article = args.input or os.path.join(work, 'one.jsonl')
        if not args.input:
            one_article(article)
        times = {b: [] for b in args.bins}
        for _ in range(args.runs):
            for b in args.bins:
                out = os.path.join(work, 'out')
                shutil.rmtree(out, ignore_errors=True)
                times[b].append(cpu_seconds([b, 'run', article, '--out', out,
                                             '--threads', '1', '--quiet']))
        for b in args.bins:
            v = times[b]
            print(f'{b}: median {statistics.median(v) * 1000:.1f} ms CPU '
                  f'(min {min(v) * 1000:.1f}, max {max(v) * 1000:.1f}; {len(v)} runs)')
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
