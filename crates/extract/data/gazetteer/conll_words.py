"""Shared by the name-list scripts of this folder: how often the CoNLL
training text writes each word in lower case, to leave out list entries that
are also common words ("mobile", "split", "Mark", "Spring")."""
import collections


def lower_case_words(conll_path):
    counts = collections.Counter()
    with open(conll_path, encoding='utf-8') as f:
        for line in f:
            cols = line.split()
            if cols and cols[0] != '-DOCSTART-' and cols[0][:1].islower():
                counts[cols[0]] += 1
    return counts
