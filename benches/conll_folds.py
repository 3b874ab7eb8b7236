"""Deal a CoNLL file's documents into K folds: document i goes to fold i mod K.

    python3 benches/conll_folds.py CONLL WORKDIR K

writes WORKDIR/train{f} (every other fold) and WORKDIR/test{f} for each fold f,
as benches/ner_cv.sh and benches/ner_cv_ab.sh train and score them.
"""
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    path, work, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
    docs, cur = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('-DOCSTART-') and cur:
                docs.append(cur)
                cur = []
            cur.append(line)
    docs.append(cur)
    for fold in range(k):
        with open(f'{work}/train{fold}', 'w', encoding='utf-8') as tr, \
             open(f'{work}/test{fold}', 'w', encoding='utf-8') as te:
            for i, d in enumerate(docs):
                (te if i % k == fold else tr).write(''.join(d))


if __name__ == '__main__':
    main()
