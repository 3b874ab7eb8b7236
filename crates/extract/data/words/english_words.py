#!/usr/bin/env python3
"""Writes english_words.txt: the words of the SCOWL-based American English
word list that Debian ships as the `wamerican` package, for the tagger's
dictionary feature (is a capitalised word an ordinary English word, a word
the dictionary writes with a capital, both, or neither?).

usage: apt-get install wamerican
       python3 english_words.py /usr/share/dict/american-english > english_words.txt

Kept: every entry without an apostrophe (possessives such as "Africa's" add
nothing), as the list writes it: an entry in lower case is an ordinary word,
one with a capital a proper name ("Africa", "Smith"). Sorted, one a line.
"""
import sys


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/dict/american-english'
    with open(path, encoding='utf-8') as f:
        words = {line.strip() for line in f}
    kept = sorted(w for w in words if w and "'" not in w and w[0].isalpha())
    sys.stdout.write(''.join(w + '\n' for w in kept))


if __name__ == '__main__':
    main()
