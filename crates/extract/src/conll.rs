//! CoNLL-2003 style data: reading documents (`-DOCSTART-`), IOB1/IOB2/BILOU
//! tags to entity chunks (conlleval semantics), and conlleval-style scoring.
//!
//! ```
//! use newsmill_extract::conll::{read_conll, tags_to_chunks, Chunk};
//! use newsmill_extract::EntityKind;
//!
//! let text = "-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nSmith NNP I-NP I-PER\nwent VBD I-VP O\n";
//! let docs = read_conll(text);
//! assert_eq!(docs.len(), 1);
//! let s = &docs[0].sentences[0];
//! assert_eq!(tags_to_chunks(&s.tags), [Chunk { start: 0, end: 2, kind: EntityKind::Person }]);
//! ```

use newsmill_types::EntityKind;
use serde::Serialize;

/// An entity over tokens `start..end` of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: EntityKind,
}

/// One sentence: tokens and their tags (last column).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllSentence {
    pub tokens: Vec<String>,
    pub tags: Vec<String>,
}

impl ConllSentence {
    /// Gold entity chunks of this sentence.
    pub fn chunks(&self) -> Vec<Chunk> {
        tags_to_chunks(&self.tags)
    }

    /// Tokens as string slices.
    pub fn token_strs(&self) -> Vec<&str> {
        self.tokens.iter().map(String::as_str).collect()
    }
}

/// One document: sentences between `-DOCSTART-` lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllDocument {
    pub sentences: Vec<ConllSentence>,
}

impl ConllDocument {
    pub fn token_count(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }
}

/// Parses CoNLL column text: one token a line (token first, tag last),
/// blank lines between sentences, `-DOCSTART-` lines between documents. A
/// file without `-DOCSTART-` is one document.
pub fn read_conll(text: &str) -> Vec<ConllDocument> {
    let mut docs = Vec::new();
    let mut doc = ConllDocument::default();
    let mut sent = ConllSentence::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !sent.tokens.is_empty() {
                doc.sentences.push(std::mem::take(&mut sent));
            }
            continue;
        }
        let mut parts = line.split_whitespace();
        let Some(token) = parts.next() else { continue };
        if token == "-DOCSTART-" {
            if !sent.tokens.is_empty() {
                doc.sentences.push(std::mem::take(&mut sent));
            }
            if !doc.sentences.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        let tag = parts.last().unwrap_or("O");
        sent.tokens.push(token.to_string());
        sent.tags.push(tag.to_string());
    }
    if !sent.tokens.is_empty() {
        doc.sentences.push(sent);
    }
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    docs
}

fn split_tag(tag: &str) -> (char, Option<&str>) {
    if tag == "O" || tag.is_empty() {
        return ('O', None);
    }
    match tag.split_once('-') {
        Some((p, t)) => (p.chars().next().unwrap_or('I'), Some(t)),
        None => ('I', Some(tag)),
    }
}

/// Entity chunks from IOB1, IOB2 (BIO) or IOBES/BILOU tags, with conlleval
/// semantics (the same as `ner_score.py`). Unknown types are skipped.
#[allow(clippy::needless_range_loop)]
pub fn tags_to_chunks<S: AsRef<str>>(tags: &[S]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut ctype: Option<&str> = None;
    let (mut prev_p, mut prev_t) = ('O', None::<&str>);
    let n = tags.len();
    for i in 0..=n {
        let (p, t) = if i < n {
            split_tag(tags[i].as_ref())
        } else {
            ('O', None)
        };
        let p = match p {
            'L' => 'E',
            'U' => 'S',
            x => x,
        };
        let end = match prev_p {
            'E' | 'S' => true,
            'B' | 'I' => matches!(p, 'B' | 'S' | 'O') || t != prev_t,
            _ => false,
        };
        if end {
            if let Some(s) = start.take() {
                if let Some(kind) = ctype.and_then(EntityKind::from_label) {
                    out.push(Chunk {
                        start: s,
                        end: i,
                        kind,
                    });
                }
            }
        }
        let begin = match p {
            'B' | 'S' => true,
            'I' | 'E' => matches!(prev_p, 'E' | 'S' | 'O') || t != prev_t,
            _ => false,
        };
        if begin {
            start = Some(i);
            ctype = t;
        }
        prev_p = p;
        prev_t = t;
    }
    out
}

/// Counts for one type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// conlleval-style evaluation: exact type and boundaries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// Per type, in [`EntityKind::ALL`] order.
    pub per_type: [Counts; 4],
}

impl Evaluation {
    /// Adds one sentence's gold and predicted chunks.
    pub fn add(&mut self, gold: &[Chunk], pred: &[Chunk]) {
        for (k, kind) in EntityKind::ALL.iter().enumerate() {
            let g: Vec<&Chunk> = gold.iter().filter(|c| c.kind == *kind).collect();
            let p: Vec<&Chunk> = pred.iter().filter(|c| c.kind == *kind).collect();
            let tp = p.iter().filter(|c| g.contains(c)).count();
            self.per_type[k].tp += tp;
            self.per_type[k].fp += p.len() - tp;
            self.per_type[k].fn_ += g.len() - tp;
        }
    }

    /// Micro-averaged counts over all four types.
    pub fn micro(&self) -> Counts {
        let mut c = Counts::default();
        for t in &self.per_type {
            c.tp += t.tp;
            c.fp += t.fp;
            c.fn_ += t.fn_;
        }
        c
    }

    /// Counts of one type.
    pub fn of(&self, kind: EntityKind) -> Counts {
        let k = EntityKind::ALL.iter().position(|x| *x == kind).unwrap_or(0);
        self.per_type[k]
    }

    /// A printable table (P/R/F1 in percent).
    pub fn table(&self) -> String {
        let mut s = format!(
            "{:<8}{:>8}{:>8}{:>8}{:>8}{:>8}\n",
            "type", "P", "R", "F1", "gold", "pred"
        );
        let mut row = |name: &str, c: Counts| {
            s.push_str(&format!(
                "{:<8}{:>8.2}{:>8.2}{:>8.2}{:>8}{:>8}\n",
                name,
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.tp + c.fn_,
                c.tp + c.fp
            ));
        };
        for (k, kind) in EntityKind::ALL.iter().enumerate() {
            row(kind.label(), self.per_type[k]);
        }
        row("micro", self.micro());
        s
    }
}

/// Evaluates predicted chunks against the gold tags of `docs` (predictions
/// per sentence, in document order).
pub fn evaluate(docs: &[ConllDocument], predicted: &[Vec<Vec<Chunk>>]) -> Evaluation {
    let mut ev = Evaluation::default();
    for (d, doc) in docs.iter().enumerate() {
        for (s, sent) in doc.sentences.iter().enumerate() {
            let pred = predicted
                .get(d)
                .and_then(|p| p.get(s))
                .map_or(&[][..], Vec::as_slice);
            ev.add(&sent.chunks(), pred);
        }
    }
    ev
}

/// One JSONL line `{"tokens": [...], "entities": [{"start", "end", "type"}]}`
/// as read by `ner_score.py`.
pub fn jsonl_line<S: AsRef<str> + Serialize>(tokens: &[S], entities: &[Chunk]) -> String {
    #[derive(Serialize)]
    struct Line<'a, S: Serialize> {
        tokens: &'a [S],
        entities: &'a [Chunk],
    }
    serde_json::to_string(&Line { tokens, entities }).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_chunks() {
        let tags = [
            "I-ORG", "O", "I-MISC", "O", "I-PER", "I-PER", "B-PER", "I-LOC",
        ];
        let c = tags_to_chunks(&tags);
        assert_eq!(
            c,
            [
                Chunk {
                    start: 0,
                    end: 1,
                    kind: EntityKind::Organisation
                },
                Chunk {
                    start: 2,
                    end: 3,
                    kind: EntityKind::Misc
                },
                Chunk {
                    start: 4,
                    end: 6,
                    kind: EntityKind::Person
                },
                Chunk {
                    start: 6,
                    end: 7,
                    kind: EntityKind::Person
                },
                Chunk {
                    start: 7,
                    end: 8,
                    kind: EntityKind::Place
                },
            ]
        );
    }
}
