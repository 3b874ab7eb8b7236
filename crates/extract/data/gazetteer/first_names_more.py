#!/usr/bin/env python3
"""Writes first_names_more.txt: the given names of the quotes' gender list
(../quotes/first_names_gender.tsv, facts this team keeps for tying he/she to
a name) that first_names.txt does not hold, read by the tagger as part of
its "first_names" list (a person cue).

usage: python3 first_names_more.py ../../../../../shared/data/conll2003/eng.train > first_names_more.txt

Left out: names already in first_names.txt, and names whose lower-case form
the CoNLL training text writes at least twice ("Mark", "Bill", "Miles",
"Spring"): the list needs a capital, but such words open sentences too.
Standard library only.
"""
import os
import sys

from conll_words import lower_case_words

HERE = os.path.dirname(os.path.abspath(__file__))


def entries(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line and not line.startswith('#'):
                yield line.split('\t')[0]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    lower = lower_case_words(sys.argv[1])
    have = set(entries(os.path.join(HERE, 'first_names.txt')))
    print('# Given names of ../quotes/first_names_gender.tsv that first_names.txt')
    print('# lacks, read as part of the "first_names" list; written by')
    print('# first_names_more.py, which says what is left out.')
    for name in entries(os.path.join(HERE, '..', 'quotes', 'first_names_gender.tsv')):
        if name in have or not name[:1].isupper() or lower[name.lower()] >= 2:
            continue
        have.add(name)
        print(name)


if __name__ == '__main__':
    main()
