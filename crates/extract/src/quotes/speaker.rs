//! Who said a quote: the attribution verb's subject before or after it, a
//! speaker carried over, pronouns resolved to a recent person.

use super::*;

/// The token view of the text plus what the speaker rules need (the view's
/// methods and fields are reached through `Deref`).
pub(super) struct Ctx<'t, 'm> {
    pub(super) view: &'m TokenView<'t>,
    pub(super) in_quote: Vec<bool>,
    pub(super) sent: &'m [(usize, usize)],
    pub(super) para: Vec<u32>,
    pub(super) mentions: &'m [Mention],
    /// Valid mention indices sorted by start.
    pub(super) order: Vec<usize>,
}

#[derive(Clone, Debug)]
pub(super) struct Speaker {
    pub(super) text: String,
    pub(super) canonical: Option<String>,
    /// The canonical is an organisation (usable by later spokesperson quotes).
    pub(super) org: bool,
}

impl<'t> std::ops::Deref for Ctx<'t, '_> {
    type Target = TokenView<'t>;
    fn deref(&self) -> &TokenView<'t> {
        self.view
    }
}

impl<'t, 'm> Ctx<'t, 'm> {
    pub(super) fn canonical_of(&self, m: &Mention) -> String {
        if m.canonical.trim().is_empty() {
            strip_possessive(m.text.trim()).to_string()
        } else {
            m.canonical.clone()
        }
    }
    /// Mentions inside byte range `a..b`, not inside quotes.
    pub(super) fn mentions_in(&self, a: usize, b: usize) -> impl Iterator<Item = &'m Mention> + '_ {
        let from = self
            .order
            .partition_point(|&k| self.mentions[k].span.start < a);
        self.order[from..]
            .iter()
            .map(|&k| &self.mentions[k])
            .take_while(move |m| m.span.start < b)
            .filter(move |m| m.span.end <= b && !self.byte_in_quote(m.span.start))
    }
    /// Whether the token containing `byte` lies inside a quote.
    pub(super) fn byte_in_quote(&self, byte: usize) -> bool {
        let k = self.toks.partition_point(|t| t.end <= byte);
        self.toks.get(k).is_some_and(|t| t.start <= byte)
            && self.in_quote.get(k).copied().unwrap_or(false)
    }
    pub(super) fn sentence_of(&self, tok: usize) -> (usize, usize) {
        let k = self.sent.partition_point(|&(_, b)| b <= tok);
        self.sent.get(k).copied().unwrap_or((tok, tok + 1))
    }
    pub(super) fn sentence_index(&self, tok: usize) -> usize {
        self.sent.partition_point(|&(_, b)| b <= tok)
    }
    pub(super) fn byte_range(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b].end)
    }

    /// The noun phrase ending right before token `v` (exclusive), walking
    /// back to a clause boundary; `None` when empty.
    pub(super) fn np_before(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
        let mut e = v;
        while e > lo {
            if self.is_word(e - 1) && !self.in_quote[e - 1] && is_aux_or_adverb(self.lw(e - 1)) {
                e -= 1;
            } else {
                break;
            }
        }
        let mut s = e;
        while s > lo && e - s < 12 {
            let k = s - 1;
            if self.in_quote[k] {
                break;
            }
            let w = self.w(k);
            if !self.is_word(k) {
                if w == "."
                    && k > lo
                    && (self.w(k - 1).contains('.') || is_title_abbr(self.w(k - 1)))
                {
                    s -= 1;
                    continue;
                }
                break;
            }
            let lw = self.lw(k);
            if is_np_boundary_word(lw) || speech(self.lv(k)).is_some_and(|x| x != Speech::Noun) {
                break;
            }
            s -= 1;
        }
        if s >= e {
            return None;
        }
        // Cut participial modifiers: "A Hamas official talking to Reuters".
        let mut cut = e;
        for k in s + 1..e {
            let lw = self.lw(k);
            if lw.ends_with("ing") && lw.len() > 5 && !starts_upper(self.w(k)) {
                cut = k;
                break;
            }
        }
        Some((s, cut - 1))
    }

    /// "Smith, who heads the agency, said": the phrase before a
    /// comma-enclosed aside that ends right before the verb at `v`.
    pub(super) fn np_before_apposition(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
        let mut v = v;
        while v > lo {
            if self.is_word(v - 1) && is_aux_or_adverb(self.lw(v - 1)) {
                v -= 1;
            } else {
                break;
            }
        }
        if v < lo + 2 || self.w(v - 1) != "," {
            return None;
        }
        let mut k = v - 1;
        while k > lo && k + 16 > v {
            k -= 1;
            if self.in_quote[k] || self.toks[k].kind == TokKind::Newline {
                return None;
            }
            if self.w(k) == "," {
                return self.np_before(lo, k);
            }
        }
        None
    }

    /// The possessor before a speech noun: "Defense Minister Israel Katz’s warning".
    pub(super) fn possessor_before(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
        if v == 0 || v <= lo {
            return None;
        }
        let p = v - 1;
        let w = self.w(p);
        if !self.is_word(p) || strip_possessive(w).len() == w.len() {
            return None;
        }
        let mut s = p;
        while s > lo {
            let k = s - 1;
            let w = self.w(k);
            let name_word = self.is_word(k) && starts_upper(w) && !self.in_quote[k];
            let abbreviation_dot = w == "." && k > lo && self.w(k - 1).contains('.');
            if name_word || abbreviation_dot {
                s -= 1;
            } else {
                break;
            }
        }
        Some((s, p))
    }

    /// The first speech verb of the sentence with a subject of its own.
    pub(super) fn sentence_subject(&self, sa: usize, limit: usize) -> Option<(usize, usize)> {
        for v in sa..limit {
            if self.in_quote[v] {
                continue;
            }
            if speech(self.lv(v)) == Some(Speech::Finite) {
                if let Some(np) = self.np_before(sa, v) {
                    return Some(np);
                }
            }
        }
        None
    }

    pub(super) fn resolve(&self, np: (usize, usize), prev: &[(usize, Speaker, usize)]) -> Speaker {
        let (a, b) = self.byte_range(np.0, np.1);
        let phrase = strip_possessive(self.text[a..b].trim()).trim().to_string();
        let inside: Vec<&Mention> = self.mentions_in(a, b).collect();
        if let Some(p) = inside.iter().rev().find(|m| m.kind == EntityKind::Person) {
            // "a lawyer for X", "an aide to X", "the family of X": someone
            // speaking for X, not X.
            let before = self.lower.get(a..p.span.start).unwrap_or("").trim_end();
            let on_behalf =
                before.ends_with(" for") || before.ends_with(" of") || before.ends_with(" to");
            let determiner = matches!(
                self.lower
                    .get(a..b)
                    .and_then(|x| x.split_whitespace().next()),
                Some("a" | "an" | "the")
            );
            if on_behalf && determiner {
                return Speaker {
                    text: phrase,
                    canonical: None,
                    org: false,
                };
            }
            return Speaker {
                text: strip_possessive(p.text.trim()).to_string(),
                canonical: Some(self.canonical_of(p)),
                org: false,
            };
        }
        let lower_phrase = phrase.to_lowercase();
        let words: Vec<&str> = lower_phrase.split_whitespace().collect();
        if let Some(o) = inside.iter().find(|m| {
            matches!(m.kind, EntityKind::Organisation) && !is_news_agency(&self.canonical_of(m))
        }) {
            return Speaker {
                text: phrase,
                canonical: Some(self.canonical_of(o)),
                org: true,
            };
        }
        let si = self.sentence_index(np.0);
        if words.len() == 1 && is_person_pronoun(words[0]) {
            let upto = self
                .order
                .partition_point(|&k| self.mentions[k].span.start < a);
            let person = self.order[..upto]
                .iter()
                .map(|&k| &self.mentions[k])
                .rfind(|m| {
                    m.kind == EntityKind::Person
                        && m.span.end <= a
                        && !self.byte_in_quote(m.span.start)
                });
            return Speaker {
                text: phrase,
                canonical: person.map(|m| self.canonical_of(m)),
                org: false,
            };
        }
        // "the union" -> the nearest organisation before whose name ends in "Union".
        if words.len() == 2 && words[0] == "the" {
            let upto = self
                .order
                .partition_point(|&k| self.mentions[k].span.start < a);
            let org = self.order[..upto]
                .iter()
                .map(|&k| &self.mentions[k])
                .rfind(|m| {
                    m.kind == EntityKind::Organisation
                        && !self.byte_in_quote(m.span.start)
                        && self
                            .canonical_of(m)
                            .rsplit(' ')
                            .next()
                            .is_some_and(|last| last.eq_ignore_ascii_case(words[1]))
                });
            if let Some(o) = org {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(o)),
                    org: true,
                };
            }
        }
        if is_group_reference(&lower_phrase) {
            // Organisation in subject position: this sentence before the
            // phrase, else the first of the previous sentence.
            let (sa, _) = self.sent.get(si).copied().unwrap_or((np.0, np.0));
            let here = self.mentions_in(self.toks[sa].start, a).find(|m| {
                m.kind == EntityKind::Organisation && !is_news_agency(&self.canonical_of(m))
            });
            let before = here.or_else(|| {
                let (pa, pb) = self.sent.get(si.checked_sub(1)?).copied()?;
                let (x, y) = self.byte_range(pa, pb.saturating_sub(1).max(pa));
                self.mentions_in(x, y).find(|m| {
                    m.kind == EntityKind::Organisation && !is_news_agency(&self.canonical_of(m))
                })
            });
            if let Some(o) = before {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(o)),
                    org: true,
                };
            }
            // Else the previous quote's organisation.
        }
        let spokes = words.iter().any(|w| {
            is_role_head(w)
                || matches!(
                    *w,
                    "statement"
                        | "source"
                        | "sources"
                        | "officials"
                        | "spokespeople"
                        | "spokesperson"
                )
        }) || is_group_reference(&lower_phrase);
        if spokes {
            if let Some((_, sp, psent)) = prev.iter().rev().find(|(_, sp, _)| sp.org) {
                if psent + 3 >= si {
                    return Speaker {
                        text: phrase,
                        canonical: sp.canonical.clone(),
                        org: true,
                    };
                }
            }
        }
        Speaker {
            text: phrase,
            canonical: None,
            org: false,
        }
    }
}
