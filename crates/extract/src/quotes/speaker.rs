//! Who said a quote: the attribution verb's subject before or after it, a
//! speaker carried over, pronouns resolved to a recent person.

use super::*;

/// How far back (in tokens) the pronoun and continuation rules look, so
/// the work per quote stays bounded in run-on text without sentence ends.
const LOOKBACK_TOKENS: usize = 80;
/// How many mentions of one person are searched for a gender clue.
const MAX_GENDER_MENTIONS: usize = 8;

/// The token view of the text plus what the speaker rules need (the view's
/// methods and fields are reached through `Deref`).
pub(super) struct Ctx<'t, 'm> {
    pub(super) view: &'m TokenView<'t>,
    pub(super) in_quote: Vec<bool>,
    pub(super) sent: &'m [(usize, usize)],
    pub(super) para: Paragraphs,
    pub(super) mentions: &'m [Mention],
    /// Valid mention indices sorted by start.
    pub(super) order: Vec<usize>,
    /// Byte range of the words of the quote whose speaker is being found.
    pub(super) current_quote: std::cell::Cell<(usize, usize)>,
}

/// The paragraph of each token, kept as the tokens where paragraphs
/// begin: a quote's rules ask for a few tokens' paragraphs, and a number
/// for every token of every article cost more than all their questions.
pub(super) struct Paragraphs {
    /// Each run of line breaks' first token: paragraph `n` begins after
    /// the `n`th.
    breaks: Vec<usize>,
    tokens: usize,
}

impl Paragraphs {
    pub(super) fn of(toks: &[Tok]) -> Paragraphs {
        let breaks = (0..toks.len())
            .filter(|&k| {
                toks[k].kind == TokKind::Newline && (k == 0 || toks[k - 1].kind != TokKind::Newline)
            })
            .collect();
        Paragraphs {
            breaks,
            tokens: toks.len(),
        }
    }

    /// The paragraph number of token `k` (a line break belongs to the
    /// paragraph it opens), `None` past the last token.
    pub(super) fn get(&self, k: usize) -> Option<u32> {
        (k < self.tokens).then(|| self.number(k))
    }

    /// The paragraph number of token `k`, which must be a token's index.
    pub(super) fn number(&self, k: usize) -> u32 {
        u32::try_from(self.breaks.partition_point(|&b| b <= k)).unwrap_or(u32::MAX)
    }
}

#[derive(Clone, Debug)]
pub(super) struct Speaker {
    pub(super) text: String,
    pub(super) canonical: Option<String>,
    /// The canonical is an organisation (usable by later spokesperson quotes).
    pub(super) org: bool,
}

/// A mention's canonical name without allocating (its text when it has none).
fn canonical_str(m: &Mention) -> &str {
    if m.canonical.trim().is_empty() {
        strip_possessive(m.text.trim())
    } else {
        &m.canonical
    }
}

impl<'t> std::ops::Deref for Ctx<'t, '_> {
    type Target = TokenView<'t>;
    fn deref(&self) -> &TokenView<'t> {
        self.view
    }
}

impl<'t, 'm> Ctx<'t, 'm> {
    pub(super) fn canonical_of(&self, m: &Mention) -> String {
        canonical_str(m).to_string()
    }
    /// A person mention a he/she may refer to. (A surname the tagger read
    /// as a company is a person already: the lexicon's `follow_products`
    /// runs before the quote rules.)
    pub(super) fn is_person_like(&self, m: &Mention) -> bool {
        m.kind == EntityKind::Person && !self.after_a_the_of_a_title_or_place(m)
    }

    /// Whether the quote being attributed names the person in the third
    /// person ('“Dana is the only person who has ever beaten me,” she
    /// shrugs' is not Dana Whitlock's): a word of three letters or more of
    /// the person's name, written in the quote as a whole word.
    fn named_in_current_quote(&self, m: &Mention) -> bool {
        let (a, b) = self.current_quote.get();
        let Some(quote) = self.text.get(a..b) else {
            return false;
        };
        let canonical = canonical_str(m);
        canonical
            .split_whitespace()
            .map(strip_possessive)
            .filter(|w| w.chars().count() >= 3 && starts_upper(w))
            .any(|w| {
                quote.match_indices(w).any(|(i, _)| {
                    let before = quote[..i].chars().next_back();
                    let after = quote[i + w.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            })
            || canonical
                .split_whitespace()
                .next()
                .filter(|_| canonical.contains(' '))
                .is_some_and(|given| short_form_in(quote, given))
    }

    /// Whether a capitalised "The" inside a sentence comes right before the
    /// mention: "… readers love The Silver Harbor" is a work's title
    /// the tagger read as a person, not someone a pronoun can stand for.
    /// Likewise a lower-case "the" after "in", "at" or "on": "the
    /// audience rose in the Sala Grande" names a place, not a person.
    fn after_a_the_of_a_title_or_place(&self, m: &Mention) -> bool {
        let k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.start);
        let title = k >= 2
            && self.w(k - 1) == "The"
            && self.toks[k - 2].kind != TokKind::Newline
            && self.sentence_of(k - 1).0 < k - 1;
        let place = k >= 2
            && self.w(k - 1) == "the"
            && matches!(self.lw(k - 2), "in" | "at" | "on" | "inside" | "outside");
        title || place
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
    /// The mention (outside quotes) that starts at token `k`, if any.
    pub(super) fn mention_at(&self, k: usize) -> Option<&'m Mention> {
        let t = self.toks.get(k)?;
        self.mentions_in(t.start, self.text.len())
            .next()
            .filter(|m| m.span.start == t.start)
    }

    /// The first token after mention `m`'s span.
    fn token_after_mention(&self, m: &Mention) -> usize {
        self.toks.partition_point(|t| t.end <= m.span.end)
    }

    /// Whether person `m`'s known gender, if any, is `gender`.
    fn gender_fits(&self, m: &Mention, gender: Option<Gender>) -> bool {
        match (gender, self.person_gender(m)) {
            (Some(want), Some(has)) => want == has,
            _ => true,
        }
    }

    /// The token after the comma-enclosed aside that opens with the comma
    /// at token `comma` and closes within `max` tokens ("Underhill, who
    /// campaigned in Sioux City, has declined" gives "has"), not crossing
    /// a quote or a line.
    fn after_aside(&self, comma: usize, max: usize) -> Option<usize> {
        if self.w(comma) != "," {
            return None;
        }
        let close = (comma + 1..(comma + max).min(self.toks.len()))
            .take_while(|&j| !self.in_quote[j] && self.toks[j].kind != TokKind::Newline)
            .find(|&j| self.w(j) == ",")?;
        Some(close + 1)
    }

    /// Token `k`, or the token after the title opening there ("Ms",
    /// "Dr.", "The Rev."): where the name after a title starts.
    fn after_title(&self, k: usize) -> usize {
        let k = if self.w(k) == "The" && is_title_abbr(self.w(k + 1)) {
            k + 1
        } else {
            k
        };
        if title_gender(self.w(k)).is_some() || is_title_abbr(self.w(k)) {
            k + 1 + usize::from(self.w(k + 1) == ".")
        } else {
            k
        }
    }

    /// Mentions starting before byte `at`, the nearest first.
    pub(super) fn mentions_before(&self, at: usize) -> impl Iterator<Item = &'m Mention> + '_ {
        let upto = self
            .order
            .partition_point(|&k| self.mentions[k].span.start < at);
        self.order[..upto].iter().rev().map(|&k| &self.mentions[k])
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
    /// Whether token `tok` is the first word of its sentence.
    pub(super) fn opens_sentence(&self, tok: usize) -> bool {
        let (sa, _) = self.sentence_of(tok);
        (sa..tok).all(|j| !self.is_word(j))
    }
    pub(super) fn sentence_index(&self, tok: usize) -> usize {
        self.sent.partition_point(|&(_, b)| b <= tok)
    }
    pub(super) fn byte_range(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b].end)
    }

    /// Whether token `v` is a finite speech verb: a speech word not after a
    /// determiner ("the emails", "his statement" are nouns).
    pub(super) fn finite_speech_at(&self, v: usize) -> bool {
        speech(self.lv(v)) == Some(Speech::Finite) && !(v > 0 && is_determiner(self.lw(v - 1)))
    }

    /// "A woman in a pink swimming hat, …": an indefinite description of a
    /// person opening the clause at token `lo` (before `limit`), up to its
    /// first comma.
    fn described_subject_opening(&self, lo: usize, limit: usize) -> Option<(usize, usize)> {
        const MAX_DESCRIPTION_TOKENS: usize = 10;
        let start = (lo..limit).find(|&k| self.toks[k].kind != TokKind::Newline)?;
        if !matches!(self.lw(start), "a" | "an" | "one" | "another") || self.in_quote[start] {
            return None;
        }
        let end = (start + 1..(start + MAX_DESCRIPTION_TOKENS).min(limit))
            .take_while(|&k| self.is_word(k) && !self.in_quote[k])
            .last()?;
        if self.lw(end) == "and" {
            // No comma closes the description ("A local woman stood up
            // and said"): it ends at its person noun, before the verb.
            return self
                .described_person_opening(start, end)
                .map(|noun| (start, noun));
        }
        let person = (start + 1..=end).any(|k| is_person_noun(self.lw(k)));
        person.then_some((start, end))
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
        // "the Public Health Engineering Department (PHED) said": the
        // bracketed acronym after a name is no clause boundary.
        if e > lo + 2 && self.w(e - 1) == ")" {
            let open = (e.saturating_sub(6).max(lo)..e - 1)
                .rev()
                .find(|&k| self.w(k) == "(");
            if let Some(open) = open.filter(|&o| self.bracketed_acronym_end(o) == Some(e)) {
                e = open;
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
                // "Col. Ann Lee", "U.S. Attorney", "James Kennedy Jr."
                if w == "."
                    && k > lo
                    && (self.w(k - 1).contains('.')
                        || is_title_abbr(self.w(k - 1))
                        || matches!(self.w(k - 1), "Jr" | "Sr"))
                {
                    s -= 1;
                    continue;
                }
                // "Analysts at Carrow & Lytle": an ampersand joins a name.
                if w == "&" && k > lo && starts_upper(self.w(k - 1)) && starts_upper(self.w(k + 1))
                {
                    s -= 1;
                    continue;
                }
                break;
            }
            let lw = self.lw(k);
            // "and" inside a capitalised name ("A Department of Health and
            // Social Care spokesperson") does not end the phrase.
            let and_in_name = lw == "and"
                && k > lo
                && starts_upper(self.w(k - 1))
                && starts_upper(self.w(k + 1))
                && !self.in_quote[k - 1];
            // "A person familiar with the company's finances": the wire
            // services' description of an unnamed source is one phrase.
            let familiar_with = lw == "with" && k > lo && self.lw(k - 1) == "familiar";
            if !and_in_name
                && !familiar_with
                && (is_np_boundary_word(lw)
                    || speech(self.lv(k)).is_some_and(|x| x != Speech::Noun))
            {
                break;
            }
            s -= 1;
        }
        // "A retiree in her 60s who was at Commonwealth station said": the
        // phrase before the verb ends a "who" clause, whose noun speaks.
        if s > lo && self.lw(s - 1) == "who" {
            if let Some(described) = self.relative_clause_subject(lo, v) {
                return Some(described);
            }
        }
        // "A woman in a pink hat, towelling off, would not give her name
        // and said …": the second verb of the sentence's subject.
        if s == e && e > lo && self.lw(e - 1) == "and" {
            return self.described_subject_opening(lo, e);
        }
        // "Last spring my daughter asked": a time phrase opening the
        // sentence is not part of the subject.
        s += self.leading_time_phrase(s, e);
        if s >= e {
            return None;
        }
        // Cut participial modifiers: "A Hamas official talking to Reuters".
        // A participle after a person noun that is not one of speaking
        // describes the person and stays: "One woman queuing for water at
        // the hall".
        let mut cut = e;
        for k in s + 1..e {
            let lw = self.lw(k);
            if lw.ends_with("ing")
                && lw.len() > 5
                && !starts_upper(self.w(k))
                && (!is_person_noun(self.lw(k - 1))
                    || speech(lw).is_some()
                    || matches!(
                        lw,
                        "talking"
                            | "speaking"
                            | "writing"
                            | "commenting"
                            | "responding"
                            | "replying"
                            | "briefing"
                            | "testifying"
                    ))
            {
                cut = k;
                break;
            }
        }
        Some((s, cut - 1))
    }

    /// Tokens of a time phrase ("Last spring", "This week", "Yesterday")
    /// opening the phrase `s..e`, when a word is left after it.
    fn leading_time_phrase(&self, s: usize, e: usize) -> usize {
        let time_noun = |w: &str| {
            crate::dates::weekday_of(w).is_some()
                || matches!(
                    w,
                    "spring"
                        | "summer"
                        | "autumn"
                        | "fall"
                        | "winter"
                        | "week"
                        | "month"
                        | "year"
                        | "night"
                        | "weekend"
                        | "morning"
                        | "evening"
                )
        };
        let words = match self.lw(s) {
            "last" | "this" | "next" | "that" if s + 1 < e && time_noun(self.lw(s + 1)) => 2,
            "yesterday" | "earlier" | "later" | "recently" => 1,
            _ => 0,
        };
        if s + words < e {
            words
        } else {
            0
        }
    }

    /// "X quoted Y as saying" at a quote, within one sentence: after its
    /// closing mark (`from` is the token after it; only the reporter's
    /// words may come between, no speech verb of their own), or ending
    /// right before its opening mark (`limit` is the mark: 'as saying:
    /// "…"'). Y, whose words they are (not X, who reports them); the phrase
    /// before "was quoted (by Z) as saying" in the passive.
    pub(super) fn quoted_as_saying(
        &self,
        from: usize,
        limit: usize,
        after: bool,
    ) -> Option<(usize, usize)> {
        const REPORTER_TOKENS: usize = 8;
        let (sa, sb) = self.sentence_of(if after { from } else { limit.checked_sub(1)? });
        let (from, limit) = (from.max(sa), limit.min(sb));
        let outside = |k: usize| !self.in_quote[k] && self.toks[k].kind != TokKind::Newline;
        let q = if after {
            (from..limit.min(from + REPORTER_TOKENS))
                .take_while(|&k| {
                    outside(k) && (is_quoting(self.lw(k)) || speech(self.lv(k)).is_none())
                })
                .find(|&k| is_quoting(self.lw(k)))?
        } else {
            (from..limit)
                .rev()
                .take_while(|&k| outside(k))
                .find(|&k| is_quoting(self.lw(k)))?
        };
        let said = (q + 1..(q + 16).min(limit))
            .take_while(|&k| self.is_word(k) || self.w(k) == ",")
            .find(|&k| self.lw(k) == "as" && self.lw(k + 1) == "saying")?;
        // Before the quote, "as saying" leads into it ('as saying: "').
        if !after && said + 4 < limit {
            return None;
        }
        if said > q + 1 && self.lw(q + 1) != "by" {
            return Some((q + 1, said - 1));
        }
        // "Y was quoted as saying", "Y has been quoted by Z as saying".
        let passive = q > from && matches!(self.lw(q - 1), "was" | "were" | "is" | "been");
        if !passive {
            return None;
        }
        let mut v = q - 1;
        while v > from && matches!(self.lw(v - 1), "has" | "have" | "had" | "was" | "been") {
            v -= 1;
        }
        self.np_before(if after { from } else { sa }, v)
    }

    /// The named person whose speech verb, before the opening mark at
    /// `open` in its sentence, reports the clause the quote sits in
    /// ("Birendra said the government had "…""): the phrase's first and last
    /// tokens.
    pub(super) fn reported_speaker_before(&self, open: usize) -> Option<(usize, usize)> {
        let (sa, _) = self.sentence_of(open);
        let v = (sa..open)
            .rev()
            .find(|&v| !self.in_quote[v] && self.finite_speech_at(v))?;
        // "King Birendra, in Tibet for a visit, said": past the aside.
        [self.np_before_apposition(sa, v), self.np_before(sa, v)]
            .into_iter()
            .flatten()
            .find(|&(a, b)| {
                let (x, y) = self.byte_range(a, b);
                self.mentions_in(x, y).any(|m| m.kind == EntityKind::Person)
            })
    }

    /// The token after the `)` of a bracketed acronym opened at token
    /// `open` ("(KDP)", "(U.N.)"), if it is one.
    pub(super) fn bracketed_acronym_end(&self, open: usize) -> Option<usize> {
        let inner = open + 1;
        let close = (inner..(inner + 4).min(self.toks.len())).find(|&k| self.w(k) == ")")?;
        let acronym: String = (inner..close).map(|k| self.w(k)).collect();
        let letters = acronym.chars().filter(|c| c.is_alphabetic()).count();
        let upper = acronym.chars().filter(|c| c.is_uppercase()).count();
        (close > inner && letters >= 2 && upper == letters && !self.in_quote[inner])
            .then_some(close + 1)
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
        // A relative clause may run longer than other asides ("The Briton,
        // who lost his title to Mike Tyson in March, said:").
        const ASIDE_TOKENS: usize = 16;
        const RELATIVE_CLAUSE_TOKENS: usize = 32;
        let mut k = v - 1;
        while k > lo && k + RELATIVE_CLAUSE_TOKENS > v {
            k -= 1;
            if self.in_quote[k] || self.toks[k].kind == TokKind::Newline {
                return None;
            }
            if self.w(k) == "," {
                let relative = matches!(self.lw(k + 1), "who" | "whose" | "which");
                if k + ASIDE_TOKENS <= v && !relative {
                    return None;
                }
                // "The attorney, James Kennedy Jr., said": the aside is the
                // name of the one the phrase describes.
                let (x, y) = self.byte_range(k + 1, v - 2);
                let named = k + 1 < v - 1
                    && self.mentions_in(x, y).any(|m| {
                        m.kind == EntityKind::Person && m.span.start == x && m.span.end >= y
                    });
                if named {
                    return Some((k + 1, v - 2));
                }
                // "Margaret Dunn, 67, a retired teacher, said": an age
                // between commas is an aside of the name before it.
                let age = k >= lo + 3
                    && self.w(k - 2) == ","
                    && self.w(k - 1).len() <= 3
                    && self.w(k - 1).bytes().all(|b| b.is_ascii_digit());
                return self.np_before(lo, if age { k - 2 } else { k });
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
        // "The city council's statement": a description back to its
        // article, over at most two lower-case words.
        const MAX_DESCRIPTION_WORDS: usize = 2;
        let article = (s.saturating_sub(MAX_DESCRIPTION_WORDS + 1).max(lo)..s)
            .rev()
            .take_while(|&k| self.is_word(k) && !self.in_quote[k])
            .find(|&k| matches!(self.lw(k), "the" | "a" | "an"));
        if let Some(a) = article {
            if (a + 1..s).all(|k| !starts_upper(self.w(k))) {
                s = a;
            }
        }
        Some((s, p))
    }

    /// "The county issued a short statement: "…"": the subject of a verb
    /// of issuing whose object is the speech noun at token `v` (after "a"
    /// or "an" and at most three lower-case words).
    pub(super) fn issuer_before(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
        const MAX_ADJECTIVES: usize = 3;
        let det = (v.saturating_sub(MAX_ADJECTIVES + 1).max(lo)..v)
            .rev()
            .take_while(|&k| self.is_word(k) && !starts_upper(self.w(k)))
            .find(|&k| matches!(self.lw(k), "a" | "an"))?;
        let verb = det.checked_sub(1).filter(|&k| k >= lo)?;
        if !matches!(
            self.lw(verb),
            "issued" | "released" | "published" | "posted" | "sent" | "gave" | "read"
        ) {
            return None;
        }
        self.np_before(lo, verb)
            .filter(|&np| self.plausible_noun_phrase(np))
    }

    /// "In a Facebook post, the Harlan Police Department thanked … and
    /// asked drivers to stay away "…"": for a speech verb at `v` right
    /// after "and", the name (or he/she/it/they) opening the sentence from
    /// `sa`, or its main clause after an opening phrase closed by a comma.
    pub(super) fn coordinated_subject(&self, sa: usize, v: usize) -> Option<(usize, usize)> {
        const MAX_INTRO_TOKENS: usize = 16;
        if v <= sa + 1 || self.lw(v - 1) != "and" {
            return None;
        }
        let after_intro = (sa..v.min(sa + MAX_INTRO_TOKENS))
            .find(|&c| self.w(c) == "," && !self.in_quote[c])
            .map(|c| c + 1);
        // "The girl screamed and her father ran in and said": a described
        // person opening a clause after an earlier "and".
        let after_and = (sa + 1..v - 1)
            .filter(|&k| self.lw(k) == "and" && !self.in_quote[k])
            .map(|k| k + 1);
        std::iter::once(sa)
            .chain(after_intro)
            .chain(after_and)
            .find_map(|c| {
                let opening = c;
                if c > sa && self.lw(c - 1) == "and" {
                    return self
                        .described_person_opening(opening, v)
                        .map(|noun| (opening, noun));
                }
                let c = if self.lw(c) == "the" { c + 1 } else { c };
                if self.in_quote.get(c).copied().unwrap_or(true) {
                    return None;
                }
                if matches!(self.lw(c), "he" | "she" | "it" | "they") {
                    return Some((c, c));
                }
                if let Some(noun) = self.described_person_opening(opening, v) {
                    return Some((opening, noun));
                }
                let mut after = self.token_after_name_at(c)?;
                // "Egyptian Foreign Ministry spokesperson Tamim Khallaf
                // described … and accused": the person after the role.
                let mut role = after;
                while role < v && is_person_noun(self.lw(role)) {
                    role += 1;
                }
                if role > after {
                    after = self.person_name_end_at(role).map_or(after, |end| end + 1);
                }
                (after > c && after < v).then(|| (c, after - 1))
            })
    }

    /// "The man entered the changing sheds and told the girl:", "A Hamas
    /// official stood up and said:": a phrase opened by an article (or
    /// "one", "another"), its few words ending in a person noun that a
    /// lower-case verb follows, one clause up to token `v`. The noun's
    /// token.
    fn described_person_opening(&self, opening: usize, v: usize) -> Option<usize> {
        const MAX_DESCRIPTION_WORDS: usize = 3;
        if !matches!(
            self.lw(opening),
            "the" | "a" | "an" | "one" | "another" | "her" | "his" | "their"
        ) {
            return None;
        }
        let noun = (opening + 1..(opening + 1 + MAX_DESCRIPTION_WORDS).min(v))
            .take_while(|&k| self.is_word(k))
            .find(|&k| is_person_noun(self.lw(k)))?;
        let verb = noun + 1;
        // One clause up to the "and" before `v`: "The girl screamed and her
        // father ran in and said" is not the girl's.
        let clause_end = if self.lw(v.saturating_sub(1)) == "and" {
            v - 1
        } else {
            v
        };
        let one_clause =
            (verb..clause_end).all(|k| !matches!(self.lw(k), "," | "and" | "but" | ";"));
        (verb < v && self.is_word(verb) && !starts_upper(self.w(verb)) && one_clause)
            .then_some(noun)
    }

    /// The agent after "by" when a passive verb of calling puts the quote
    /// in someone's mouth: 'described as "…" by Lelouche', 'branded "…",
    /// by the opposition', 'was described by Lelouche as "…"'. The agent
    /// is a person or organisation named within a few words after "by"
    /// (past titles: "by Senator Ann Lee"); its first and last tokens.
    pub(super) fn passive_agent(&self, open: usize, close: usize) -> Option<(usize, usize)> {
        const MAX_WORDS_BEFORE_QUOTE: usize = 3;
        // "described by Ann Lee, the director, as": the agent's words too.
        const MAX_AGENT_TOKENS: usize = 10;
        let words_before = if open > 0 && self.lw(open - 1) == "as" {
            MAX_AGENT_TOKENS
        } else {
            MAX_WORDS_BEFORE_QUOTE
        };
        let lo = open.saturating_sub(words_before);
        let calling = (lo..open)
            .rev()
            .find(|&k| is_calling_participle(self.lw(k)))?;
        if (calling + 1..open).any(|k| self.in_quote[k] || !(self.is_word(k) || self.w(k) == ",")) {
            return None;
        }
        // Only "as" or the agent may stand between the participle and the
        // quote: an object there is the active voice, whose subject speaks
        // ("Ortiz called the ruling "a power grab" by the court").
        // Right before the quote the participle needs a form of "be" ("was
        // branded "…""); before "as" it may also follow its noun ("the
        // movie described as "…"").
        let passive = |k: usize| {
            let be = |w: &str| matches!(w, "was" | "were" | "is" | "are" | "been" | "being" | "be");
            k > 0
                && (be(self.lw(k - 1))
                    || k > 1 && self.lw(k - 1).ends_with("ly") && be(self.lw(k - 2)))
        };
        let by = if (calling + 1 == open && passive(calling))
            || (calling + 2 == open && self.lw(calling + 1) == "as")
        {
            close + 1 + usize::from(self.w(close + 1) == ",")
        } else if self.lw(calling + 1) == "by" && self.lw(open - 1) == "as" {
            calling + 1
        } else {
            return None;
        };
        if self.lw(by) != "by" {
            return None;
        }
        self.agent_named_at(by + 1)
    }

    /// A remark "by" someone named, earlier in the quote's sentence and
    /// outside quotes, whose content a "that" clause or a colon then gives
    /// ("a comment by chief prosecutor Michel Bourlet … that he would act
    /// "if I am allowed to""): who it is by. A remark judged "as" the
    /// quote ("dismissed the comments by Ann Lee as "absurd"") is not.
    pub(super) fn remark_by_before(&self, open: usize) -> Option<(usize, usize)> {
        let (sa, _) = self.sentence_of(open);
        if open == 0 || self.lw(open - 1) == "as" {
            return None;
        }
        (sa..open.saturating_sub(2)).rev().find_map(|k| {
            let remark = matches!(
                self.lw(k),
                "comment" | "comments" | "remark" | "remarks" | "statement" | "words"
            );
            if !remark || self.in_quote[k] || self.lw(k + 1) != "by" {
                return None;
            }
            let agent = self.agent_named_at(k + 2)?;
            (agent.1 + 1..open)
                .any(|j| matches!(self.w(j), "that" | ":"))
                .then_some(agent)
        })
    }

    /// A person or organisation named at token `from`, perhaps after "the"
    /// and capitalised titles: its first and last tokens.
    fn agent_named_at(&self, from: usize) -> Option<(usize, usize)> {
        const MAX_TITLE_TOKENS: usize = 4;
        let first = from + usize::from(self.lw(from) == "the");
        let at = (first..first + MAX_TITLE_TOKENS)
            .take_while(|&k| self.is_word(k) && !self.in_quote[k])
            .find_map(|k| {
                if let Some(m) = self.mention_at(k) {
                    return Some(Some(m));
                }
                (!(starts_upper(self.w(k)) || is_person_noun(self.lw(k)))).then_some(None)
            })
            .flatten()
            .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation))?;
        let end = self.token_after_mention(at).checked_sub(1)?;
        (end >= from).then_some((from, end))
    }

    /// The first speech verb of the sentence with a subject of its own.
    pub(super) fn sentence_subject(&self, sa: usize, limit: usize) -> Option<(usize, usize)> {
        for v in sa..limit {
            if self.in_quote[v] {
                continue;
            }
            if self.finite_speech_at(v) {
                if let Some(np) = self.np_before(sa, v) {
                    return Some(np);
                }
            }
        }
        None
    }

    /// Whether the words between a quote and its speech verb can be the
    /// speaker: capitalised, opened by a determiner or pronoun, holding a
    /// role ("deputy spokesman") or a name, and at most ten words.
    /// The person named in the aside that opens with the comma at token
    /// `comma` and closes with a comma or the sentence's end, when the
    /// name fills it (after an optional title such as "Dr."): '," the
    /// ministry's spokesman, Ali Hassan, said' and '," added her neighbour,
    /// Dr. Sara Kim, who …'. Its first and last tokens.
    pub(super) fn apposed_person(&self, comma: usize) -> Option<(usize, usize)> {
        if self.w(comma) != "," || self.in_quote.get(comma + 1).copied().unwrap_or(true) {
            return None;
        }
        let mut start = comma + 1;
        let first = self.toks.get(start)?.start;
        let m = self.mentions_in(first, self.text.len()).next();
        let Some(m) = m.filter(|m| m.kind == EntityKind::Person) else {
            // A first name alone, which the tagger may leave untagged
            // ("Ortiz's daughter, Carmen, said").
            let closes = matches!(self.w(start + 1), "," | ".");
            return (self.is_word(start)
                && starts_upper(self.w(start))
                && first_name_gender(self.w(start)).is_some()
                && closes)
                .then_some((start, start));
        };
        // A title the mention leaves out ("Dr.", "Councilwoman") before it,
        // or a short role ("the musician Rafe Donnelly", "the former
        // minister Ann Lee").
        const MAX_ROLE_WORDS: usize = 4;
        let role = matches!(self.lw(start), "the" | "a" | "an");
        while self.toks.get(start)?.start < m.span.start {
            let w = self.w(start);
            let role_word = role && self.is_word(start) && start - comma <= MAX_ROLE_WORDS;
            if !(is_title_abbr(w)
                || w == "."
                || (self.is_word(start) && starts_upper(w))
                || role_word)
            {
                return None;
            }
            start += 1;
        }
        let end = self.token_after_mention(m).min(self.toks.len() - 1);
        let end = if self.toks[end].end > m.span.end {
            end.checked_sub(1)?
        } else {
            end
        };
        let closes = matches!(self.w(end + 1), "," | "." | "")
            || self.toks[end + 1..]
                .first()
                .is_some_and(|t| t.kind == TokKind::Newline);
        (self.toks[end].end == m.span.end && end >= start && closes).then_some((comma + 1, end))
    }

    /// Whether the phrase `np` names no person of its own: a description
    /// ("the ministry's spokesman", "Holt's neighbour") that a name set
    /// beside it may stand for.
    fn is_description(&self, np: (usize, usize)) -> bool {
        let (a, b) = self.byte_range(np.0, np.1);
        let last = self.w(np.1);
        // "the chief executive of the Federation of Childcare Providers":
        // a role ending in the organisation's name.
        let ends_in_organisation = self
            .mentions_in(a, b)
            .any(|m| m.kind == EntityKind::Organisation && m.span.end == b);
        (!starts_upper(last) || ends_in_organisation)
            && !self.mentions_in(a, b).any(|m| {
                m.kind == EntityKind::Person
                    && !self.is_possessor(m)
                    && !is_possessive_name(&m.text)
            })
    }

    /// Lower-case role words from token `from` up to a person's name,
    /// with "and" among them ("search and rescue coordinator Linda
    /// Kowalczyk", "health and safety officer Tom Reyes"), perhaps after
    /// the organisation the roles are at ("Pirelli SpA chairman and chief
    /// executive officer Marco Provera"): the phrase's first and last
    /// tokens. Without an "and" the phrase is read as usual.
    pub(super) fn role_then_name(&self, from: usize) -> Option<(usize, usize)> {
        const MAX_ROLE_WORDS: usize = 6;
        let roles = match self
            .mention_at(from)
            .filter(|m| m.kind == EntityKind::Organisation)
        {
            Some(org) => {
                let after = self.token_after_mention(org);
                // The legal form may be left out of the tagged name.
                after
                    + usize::from(
                        self.is_word(after) && crate::lexicon::is_corporate_tail(self.w(after)),
                    )
            }
            None => from,
        };
        let mut k = roles;
        let mut with_and = false;
        while k < roles + MAX_ROLE_WORDS && self.is_word(k) && !self.in_quote[k] {
            if let Some(m) = self.mention_at(k).filter(|m| m.kind == EntityKind::Person) {
                let end = self.token_after_mention(m);
                return (with_and && k > roles).then_some((from, end.checked_sub(1)?));
            }
            let w = self.w(k);
            if starts_upper(w) {
                return None;
            }
            with_and |= self.lw(k) == "and";
            k += 1;
        }
        None
    }

    pub(super) fn plausible_speaker_after(&self, np: (usize, usize)) -> bool {
        let (j, end) = np;
        let lead = self.lw(j);
        let opener = starts_upper(self.w(j))
            || matches!(
                lead,
                "a" | "an"
                    | "the"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "one"
                    | "another"
                    | "some"
                    | "several"
                    | "many"
                    | "two"
                    | "three"
                    | "this"
                    | "our"
                    | "my"
            )
            || (j..=end).any(|k| is_role_head(self.lw(k)))
            // '"…," army officers, who …, told the crowd'
            || (j..=end).any(|k| person_plural_singular(self.lw(k)).is_some())
            || is_group_noun(lead)
            || self
                .mentions_in(self.toks[j].start, self.toks[end].end)
                .next()
                .is_some();
        // '"…," residents were told': the listeners, not the speakers.
        let be = |k: usize| {
            matches!(
                self.lw(k),
                "was" | "were" | "is" | "are" | "be" | "been" | "being" | "get" | "got" | "gets"
            )
        };
        let passive = be(end) || be(end + 1);
        // Words, not tokens: brackets and a possessive's apostrophe do not
        // count ("Welsh National Farmers' Union (NFU) chairman John Lloyd
        // Jones").
        let words = (j..=end).filter(|&k| self.is_word(k)).count();
        opener && !passive && words <= 10
    }

    /// Whether a phrase found before a speech verb reads as its subject: not
    /// a pronoun with more words after it (a clause), nor opened by an
    /// auxiliary, adverb or preposition unless it holds a name
    /// ("… have an established network … in all states" is not a subject of
    /// "states"; "to Minister X’s warning" still gives X).
    pub(super) fn plausible_noun_phrase(&self, np: (usize, usize)) -> bool {
        let first = self.w(np.0);
        let lower = self.lw(np.0);
        // A pronoun or "there" followed by more words is a clause ("He
        // performed a live show called "…""), not a speaker.
        let clause_opener = matches!(
            lower,
            "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there" | "there’s" | "there's"
        );
        if clause_opener && np.1 > np.0 {
            return false;
        }
        // "with what's called "feather duvet lung"": a term named, not
        // someone speaking.
        if matches!(lower, "what" | "what’s" | "what's") {
            return false;
        }
        starts_upper(first)
            || self
                .mentions_in(self.toks[np.0].start, self.toks[np.1].end)
                .next()
                .is_some()
            || !(is_aux_or_adverb(lower)
                || matches!(
                    lower,
                    "be" | "been"
                        | "being"
                        | "in"
                        | "of"
                        | "on"
                        | "at"
                        | "to"
                        | "for"
                        | "from"
                        | "by"
                        | "into"
                        | "about"
                        | "than"
                ))
    }

    /// The token right after a person or organisation name (outside
    /// quotes) that starts at token `j`.
    fn token_after_name_at(&self, j: usize) -> Option<usize> {
        let m = self
            .mention_at(j)
            .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation))?;
        Some(crate::canonical::scan::tok_at_or_after(
            &self.toks, m.span.end,
        ))
    }

    /// The last token of a person's name starting at token `j` (outside quotes).
    pub(super) fn person_name_end_at(&self, j: usize) -> Option<usize> {
        let m = self
            .mention_at(j)
            .filter(|m| m.kind == EntityKind::Person)?;
        let after = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
        (after > j).then_some(after - 1)
    }

    /// '"…," Benioff weighed in': the last token of a person or organisation
    /// name starting at token `j` when a lower-case verb-like word (ending
    /// in "-ed" or "-s") follows it in the same sentence.
    pub(super) fn named_subject_of_verb(&self, j: usize) -> Option<usize> {
        let after = self.token_after_name_at(j)?;
        let verb = self.lv(after);
        let verb_like = verb.len() > 3 && (verb.ends_with("ed") || verb.ends_with('s'));
        (after > j && verb_like && !self.in_quote.get(after).copied().unwrap_or(true))
            .then_some(after - 1)
    }

    /// Whether token `j` starts a person or organisation name directly
    /// followed by a finite speech verb ('“…” Mayer said.', a quote closed
    /// without its comma).
    pub(super) fn named_speaker_follows(&self, j: usize) -> bool {
        self.token_after_name_at(j)
            .is_some_and(|after| speech(self.lv(after)) == Some(Speech::Finite))
    }

    /// '"…," Geoffrey Berman, the U.S. attorney for the Southern District
    /// of New York, said': the last token of a name starting at token `j`
    /// when a comma follows it and the same sentence goes on, outside
    /// quotes and within 40 tokens, to ", [has] said" (any finite speech
    /// verb after a comma and auxiliaries).
    pub(super) fn name_before_long_apposition(&self, j: usize) -> Option<usize> {
        const MAX_APPOSITION_TOKENS: usize = 40;
        let after = self.token_after_name_at(j)?;
        if after <= j || self.w(after) != "," {
            return None;
        }
        let (_, sentence_end) = self.sentence_of(j);
        let end = sentence_end
            .min(after + MAX_APPOSITION_TOKENS)
            .min(self.toks.len());
        for v in after + 1..end {
            if self.in_quote[v] || self.toks[v].kind == TokKind::Newline {
                return None;
            }
            if speech(self.lv(v)) != Some(Speech::Finite) {
                continue;
            }
            let mut k = v;
            while k > after && self.is_word(k - 1) && is_aux_or_adverb(self.lw(k - 1)) {
                k -= 1;
            }
            return (self.w(k - 1) == ",").then_some(after - 1);
        }
        None
    }

    /// '“…” without aid, Ann Lee said.': the subject of a finite speech verb
    /// that ends the sentence of a quote closing at token `close`, after a
    /// comma, with no other quote in between and at most
    /// [`MAX_TAIL_TOKENS`] tokens after the quote; the subject is one to
    /// four words, capitalised or a pronoun (so "…, which he said." is not
    /// taken).
    pub(super) fn attribution_closing_sentence(&self, close: usize) -> Option<(usize, usize)> {
        const MAX_TAIL_TOKENS: usize = 24;
        let (_, sb) = self.sentence_of(close);
        let sb = sb.min(self.toks.len());
        if sb > close + 1 + MAX_TAIL_TOKENS {
            // The verb must end the sentence, not sit in its middle.
            return None;
        }
        let mut end = sb;
        while end > close + 1 && !self.is_word(end - 1) {
            end -= 1;
        }
        let verb = end.checked_sub(1)?;
        if verb <= close + 2 || speech(self.lv(verb)) != Some(Speech::Finite) {
            return None;
        }
        if (close + 1..verb).any(|k| self.in_quote[k] || self.toks[k].kind == TokKind::Newline) {
            return None;
        }
        let mut s = verb;
        while s > close + 1 && self.is_word(s - 1) && verb - s < 4 {
            s -= 1;
        }
        if s == verb || self.w(s - 1) != "," {
            return None;
        }
        let lead = self.lw(s);
        let subject = starts_upper(self.w(s)) || is_person_pronoun(lead) || lead == "they";
        subject.then_some((s, verb - 1))
    }

    /// A quote standing as its own sentence and named by the sentence after
    /// it in the same paragraph or the next: '“They saved my life.” Those
    /// were the first words from Harold Minter', '“Nine people is nine
    /// people.” That was how Amina Yusuf put it', '“Stay out of the
    /// water.” That warning came from the police'. The next sentence opens
    /// with "That was", "Those were" (or "is"/"are") or "That/The <noun>
    /// came from", and its first person or organisation, within a few
    /// words, is the speaker.
    pub(super) fn named_by_next_sentence(
        &self,
        open: usize,
        close: usize,
    ) -> Option<(usize, usize)> {
        let (sa, _) = self.sentence_of(open);
        if (sa..open).any(|k| self.is_word(k) && !self.in_quote[k]) {
            return None;
        }
        let si = self.sentence_index(close);
        let &(na, nb) = self.sent.get(si + 1)?;
        // The naming sentence follows in the same paragraph, or opens the
        // next one when the quote closes its own ("“…”¶The question came
        // from Marie Paquin, a hydrologist").
        let (Some(next_para), Some(quote_para)) = (self.para.get(na), self.para.get(close)) else {
            return None;
        };
        if (close + 1..na).any(|k| self.is_word(k)) || next_para > quote_para + 1 {
            return None;
        }
        self.naming_sentence(na, nb)
    }

    /// The person or organisation that the sentence from token `na` to `nb`
    /// names as the speaker of a quote just before it: "Those were the
    /// words of X", "That's how X sums up …", "The question came from X",
    /// "X said this to me …".
    pub(super) fn naming_sentence(&self, na: usize, nb: usize) -> Option<(usize, usize)> {
        const MAX_TOKENS: usize = 16;
        if self.in_quote.get(na).is_none_or(|&q| q) {
            return None;
        }
        // "Ruth Ann Pederson said this to me in her kitchen": the name
        // opening the sentence, a speech verb and "this".
        if let Some(end) = self.person_name_end_at(na) {
            let said_this = self.finite_speech_at(end + 1) && self.lw(end + 2) == "this";
            return said_this.then_some((na, end));
        }
        let naming = matches!(self.lw(na), "that" | "those" | "these" | "such")
            && matches!(self.lw(na + 1), "was" | "were" | "is" | "are");
        // "That's how X sums it up" (one token, or two when the tokenizer
        // split the "'s").
        let contracted = if matches!(self.lw(na), "that's" | "that’s") {
            Some(na + 1)
        } else if self.lw(na) == "that" && matches!(self.w(na + 1), "'s" | "’s") {
            Some(na + 2)
        } else {
            None
        };
        // "That warning came from the police", "The message came from X".
        let came_from = matches!(self.lw(na), "that" | "this" | "the")
            && self.lw(na + 2) == "came"
            && self.lw(na + 3) == "from";
        let from = if came_from {
            na + 4
        } else if let Some(after) = contracted {
            after
        } else if naming {
            na + 2
        } else {
            return None;
        };
        let last = nb
            .min(na + MAX_TOKENS)
            .min(self.toks.len())
            .checked_sub(1)?;
        if from > last {
            return None;
        }
        let (a, b) = self.byte_range(from, last);
        let m = self.mentions_in(a, b).find(|m| {
            (self.is_person_like(m) || m.kind == EntityKind::Organisation)
                && !self.byte_in_quote(m.span.start)
        })?;
        let start = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.start);
        let end = self
            .toks
            .partition_point(|t| t.start < m.span.end)
            .checked_sub(1)?;
        (start <= end).then_some((start, end))
    }

    /// A signature after a quote: '“…” — Ann Okafor' on the same line, or,
    /// for a quote closing its paragraph, a next paragraph that is only a
    /// dash and a short name ("– Ann K."), as pull quotes, epigraphs and
    /// reviews are signed. The name runs to the line end or to a comma or
    /// parenthesis ("— Ann Lee, a reader", "— Ann Lee (@ann)"); at most
    /// five words, the first capitalised, so a dash that opens the
    /// writer's next clause is not taken.
    pub(super) fn signature_after(&self, close: usize) -> Option<(usize, usize)> {
        const MAX_NAME_WORDS: usize = 5;
        const MAX_LINE_TOKENS: usize = 24;
        let mut k = close + 1;
        while self.toks.get(k)?.kind == TokKind::Newline {
            k += 1;
        }
        if k > close + 1 && self.para.get(k)? != self.para.get(close)? + 1 {
            return None;
        }
        if !matches!(self.w(k), "—" | "–" | "―" | "‒" | "-" | "--") || self.in_quote[k] {
            return None;
        }
        let start = k + 1;
        if !self.is_word(start) || !starts_upper(self.w(start)) {
            return None;
        }
        let mut end = start;
        let mut words = 0;
        let mut e = start;
        while let Some(t) = self.toks.get(e) {
            if t.kind == TokKind::Newline || e >= start + MAX_LINE_TOKENS || self.in_quote[e] {
                break;
            }
            let w = self.w(e);
            if matches!(w, "," | "(" | "|") {
                // The name ends here; what follows is its description.
                break;
            }
            if self.is_word(e) {
                // A name, not a clause ("— The council disagreed."): its
                // later words are capitalised but for surname particles.
                if e > start && !starts_upper(w) && !is_name_particle(w) {
                    // A headline's '“…” – Adaeze Nwosu on her new film'.
                    let named = w == "on" && self.person_name_end_at(start) == Some(e - 1);
                    return named.then_some((start, e - 1));
                }
                words += 1;
                end = e;
            } else if w.chars().all(|c| c == '*' || c == '.') {
                // masked ("Ann K****") or abbreviated ("Ann K.") names
                end = e;
            } else {
                return None;
            }
            e += 1;
        }
        (words <= MAX_NAME_WORDS).then_some((start, end))
    }

    /// The speaker of a quote with no attribution of its own: the name
    /// that opens its sentence as the subject of a verb; else the previous
    /// quote's (when this quote opens its sentence, at most three
    /// paragraphs and 30 words on; or anywhere in the same
    /// paragraph at most 40 words on), or the subject of a speech verb in
    /// the previous sentence of the same or previous paragraph ("The tuft
    /// cell, Herbert said, is … “…”"), whichever is nearer.
    pub(super) fn continued_speaker(
        &self,
        open: usize,
        prev: &[(usize, Speaker, usize)],
    ) -> Option<Speaker> {
        let (sa, _) = self.sentence_of(open);
        // "Benioff introduced Cook … as "…"", "Union leader Karl Brandt was
        // defiant: "…"": a sentence opened by a name and its verb carries
        // that person's words.
        if let Some((start, name_end)) = (!self.in_quote[sa])
            .then(|| self.topic_person_opening(sa))
            .flatten()
            .filter(|&(_, e)| e + 1 < open)
        {
            return Some(self.resolve((start, name_end), prev));
        }
        let opens_sentence = sa == open || (sa < open && (sa..open).all(|k| self.in_quote[k]));
        let from_quote = prev.last().and_then(|(pclose, sp, _)| {
            let gap_words = (*pclose + 1..open).filter(|&k| self.is_word(k)).count();
            let same_para = self.para.number(open) == self.para.number(*pclose);
            // A few short paragraphs between (an embedded tweet, a
            // caption) do not break a statement; the word gap bounds them.
            let next_para = self.para.number(open) <= self.para.number(*pclose) + 3;
            ((opens_sentence && next_para && gap_words <= 30) || (same_para && gap_words <= 40))
                .then_some((*pclose, sp))
        });
        let from_verb = self.attribution_in_previous_sentence(open);
        match (from_quote, from_verb) {
            (Some((pclose, sp)), Some((verb, np))) => {
                if verb > pclose {
                    Some(self.resolve(np, prev))
                } else {
                    Some(sp.clone())
                }
            }
            (Some((_, sp)), None) => Some(sp.clone()),
            (None, Some((_, np))) => Some(self.resolve(np, prev)),
            (None, None) => None,
        }
    }

    /// The last finite speech verb outside quotes in the sentence before
    /// the one holding token `open`, with its subject, when that sentence is
    /// in the same paragraph or the one before.
    fn attribution_in_previous_sentence(&self, open: usize) -> Option<(usize, (usize, usize))> {
        let si = self.sentence_index(open);
        let (pa, pb) = self.sent.get(si.checked_sub(1)?).copied()?;
        if pb == 0 || self.para.get(open)? > self.para.get(pb - 1)? + 1 {
            return None;
        }
        let pa = pa.max(pb.saturating_sub(LOOKBACK_TOKENS));
        let by_speech_verb = (pa..pb.min(self.toks.len())).rev().find_map(|v| {
            if self.in_quote[v] || !self.finite_speech_at(v) {
                return None;
            }
            // "An elderly woman who declined to give her name, sitting by
            // the gate, said …": the subject before an aside.
            let np = self
                .np_before(pa, v)
                .filter(|&np| self.plausible_noun_phrase(np))
                .or_else(|| self.relative_clause_subject(pa, v))?;
            Some((v, np))
        });
        // Else a sentence opened by a name and its verb ("Aderholt returned
        // to the issue later. “What …?”", "Union leader Karl Brandt was
        // defiant."): the quote is that person's.
        by_speech_verb
            .or_else(|| {
                if self.in_quote[pa] {
                    return None;
                }
                let (start, name_end) = self.topic_person_opening(pa)?;
                Some((start, (start, name_end)))
            })
            .or_else(|| self.asked_subject(pa, pb))
    }

    /// "Asked what the job has taught her, she goes quiet for a moment."
    /// before an answer: the person (a name or he/she) after the comma
    /// closing the question the sentence from `sa` to `sb` opens with.
    fn asked_subject(&self, sa: usize, sb: usize) -> Option<(usize, (usize, usize))> {
        const MAX_QUESTION_TOKENS: usize = 24;
        if self.in_quote[sa] || self.lw(sa) != "asked" {
            return None;
        }
        let comma = (sa + 1..(sa + MAX_QUESTION_TOKENS).min(sb))
            .take_while(|&k| !self.in_quote[k])
            .find(|&k| self.w(k) == ",")?;
        let subject = comma + 1;
        if matches!(self.lw(subject), "he" | "she") {
            return Some((subject, (subject, subject)));
        }
        let name_end = self.person_name_end_at(subject)?;
        Some((subject, (subject, name_end)))
    }

    /// The name opening the clause that the colon at token `colon` closes,
    /// within the sentence starting at `sa`: after the sentence start, a
    /// semicolon or ", and"/", but"/", while", a person or organisation
    /// ("the" may stand before it) followed by a lower-case word. Its first
    /// and last tokens.
    pub(super) fn colon_clause_subject(&self, sa: usize, colon: usize) -> Option<(usize, usize)> {
        let mut start = sa;
        for k in (sa..colon).rev() {
            if self.in_quote[k] {
                return None;
            }
            if self.w(k) == ";" {
                start = k + 1;
                break;
            }
            if self.w(k) == "," && matches!(self.lw(k + 1), "and" | "but" | "while") {
                start = k + 2;
                break;
            }
        }
        // "His answer, she recalls, was:", "Her advice to them is simple:":
        // the words of the one the possessive stands for.
        if matches!(self.lw(start), "his" | "her")
            && matches!(
                self.lw(start + 1),
                "answer" | "reply" | "response" | "advice" | "message" | "retort" | "verdict"
            )
        {
            return Some((start, start));
        }
        // "…, and I used most of mine to say something I still believe:
        // "…"": a pronoun opening a clause that speaks before the colon,
        // with no name between it and the verb ("I keep coming back to
        // something Joan Lee told me:" is Joan Lee's).
        if matches!(self.lw(start), "i" | "we" | "he" | "she") {
            let verb =
                (start + 1..colon).find(|&k| speech(self.lv(k)).is_some_and(|x| x != Speech::Noun));
            if let Some(verb) = verb {
                let (a, b) = self.byte_range(start, verb);
                if self.mentions_in(a, b).next().is_none() {
                    return Some((start, start));
                }
            }
        }
        // The tagger may or may not take a capital "The" into the name.
        let otherwise = |start: usize| {
            self.titled_clause_subject(start, colon)
                .or_else(|| self.organisation_after_intro(start, colon))
        };
        let after = match self.token_after_name_at(start) {
            Some(after) => after,
            None if self.lw(start) == "the" => {
                start += 1;
                match self.token_after_name_at(start) {
                    Some(after) => after,
                    None => return otherwise(start),
                }
            }
            None => return otherwise(start),
        };
        (after > start && after < colon && self.is_word(after) && !starts_upper(self.w(after)))
            .then_some((start, after - 1))
            .or_else(|| otherwise(start))
    }

    /// "In a Facebook post Wednesday, the Millbrook Police Department
    /// thanked residents …:": the organisation that opens the clause after
    /// an opening phrase closed by a comma, followed by a lower-case word
    /// before the colon at `colon`.
    fn organisation_after_intro(&self, start: usize, colon: usize) -> Option<(usize, usize)> {
        const MAX_INTRO_TOKENS: usize = 10;
        let comma = (start + 1..(start + MAX_INTRO_TOKENS).min(colon))
            .take_while(|&k| self.is_word(k) || self.w(k) == ",")
            .find(|&k| self.w(k) == ",")?;
        let c = comma + 1 + usize::from(self.lw(comma + 1) == "the");
        let org = self
            .mention_at(c)
            .filter(|m| m.kind == EntityKind::Organisation && !is_news_agency(canonical_str(m)))?;
        let end = self.token_after_mention(org).checked_sub(1)?;
        let after = end + 1;
        (after < colon && self.is_word(after) && !starts_upper(self.w(after))).then_some((c, end))
    }

    /// "After closing arguments, U.S. District Judge Raymond Kessler
    /// instructed the jury, reminding jurors:", "Rep. Janelle Ortiz-Baker,
    /// a Pittsburgh Democrat, shot back:": the person named (after an
    /// opening phrase closed by a comma, and capitalised titles) at the
    /// start of the clause from `start`, followed (after an aside between
    /// commas) by a lower-case word before the colon at `colon`.
    fn titled_clause_subject(&self, start: usize, colon: usize) -> Option<(usize, usize)> {
        const MAX_TITLE_TOKENS: usize = 5;
        const MAX_ASIDE_TOKENS: usize = 12;
        const MAX_INTRO_TOKENS: usize = 10;
        let after_intro = (start..(start + MAX_INTRO_TOKENS).min(colon))
            .take_while(|&k| {
                self.is_word(k) && !starts_upper(self.w(k)) || k == start || self.w(k) == ","
            })
            .find(|&k| self.w(k) == ",")
            .map(|k| k + 1);
        std::iter::once(start).chain(after_intro).find_map(|c| {
            // Titles and roles before the name: "U.S. District Judge",
            // "Thornbury captain", "Former finance director", "The
            // sixth-ranked".
            let run_end = (c..(c + MAX_TITLE_TOKENS).min(colon))
                .find(|&k| !(self.is_word(k) || self.w(k) == "."))
                .unwrap_or((c + MAX_TITLE_TOKENS).min(colon));
            let name = (c..run_end)
                .take_while(|&k| {
                    starts_upper(self.w(k))
                        || self.w(k) == "."
                        || is_person_noun(self.lw(k))
                        || is_role_modifier(self.lw(k))
                        || (k + 1..run_end).any(|j| is_person_noun(self.lw(j)))
                })
                .find(|&k| self.person_name_end_at(k).is_some())?;
            let name_end = self.person_name_end_at(name)?;
            // "Mr. Hale's colleague, …": an owner is not the subject.
            if self.mention_at(name).is_some_and(|m| self.is_possessor(m)) {
                return None;
            }
            let mut after = name_end + 1;
            if self.w(after) == "," {
                after = self.after_aside(after, MAX_ASIDE_TOKENS)?;
            }
            (after < colon && self.is_word(after) && !starts_upper(self.w(after)))
                .then_some((name, name_end))
        })
    }

    /// "The union", "The local council": a definite phrase of at most three
    /// words ending in a body noun that opens sentence `si` or the one
    /// before, outside quotes. Its byte range.
    fn body_opening_sentence(&self, si: usize) -> Option<(usize, usize)> {
        const MAX_WORDS: usize = 3;
        (si.saturating_sub(1)..=si).rev().find_map(|s| {
            let (sa, sb) = self.sent.get(s).copied()?;
            let mut k = sa;
            while k < sb && self.toks[k].kind == TokKind::Newline {
                k += 1;
            }
            if self.in_quote.get(k).copied().unwrap_or(true) || self.lw(k) != "the" {
                return None;
            }
            let head = (k + 1..(k + 1 + MAX_WORDS).min(sb))
                .take_while(|&j| self.is_word(j) && !starts_upper(self.w(j)))
                .find(|&j| is_body_noun(self.lw(j)))?;
            Some(self.byte_range(k, head))
        })
    }

    /// The person a sentence starting at token `sa` is about: a name (after
    /// at most a few words ending in a role, "Union leader Karl Brandt")
    /// opening it and followed by a verb, "was" and "is" included. Its first
    /// and last tokens.
    fn topic_person_opening(&self, sa: usize) -> Option<(usize, usize)> {
        const MAX_ROLE_WORDS: usize = 3;
        // "The Rev. Thomas Keely": a title (and "The") before the name.
        let title_word = |x: usize| {
            matches!(self.w(x), "The" | ".")
                || is_title_abbr(self.w(x))
                || title_gender(self.w(x)).is_some()
        };
        // The words are checked first: the name's look-up costs more.
        let titled = (sa + 1..=sa + 3)
            .take_while(|&k| title_word(k - 1))
            .find(|&k| self.person_name_end_at(k).is_some());
        let starts =
            std::iter::once(sa)
                .chain(titled)
                .chain((sa + 1..=sa + MAX_ROLE_WORDS).filter(|&k| {
                    is_role_head(self.lw(k - 1))
                        && (sa..k).all(|x| self.is_word(x) && !self.in_quote[x])
                }));
        // "Mr. Hale's colleague, Councilwoman June Park, was …": the name
        // beside a description opening the sentence.
        if let Some(comma) = (sa + 1..sa + 8).find(|&k| self.w(k) == ",") {
            if (sa..comma).all(|k| self.is_word(k) || self.w(k) == ".")
                && self.is_description((sa, comma - 1))
            {
                if let Some((n0, n1)) = self.apposed_person(comma) {
                    if self.w(n1 + 1) == "," && self.is_word(n1 + 2) {
                        return Some((n0, n1));
                    }
                }
            }
        }
        for start in starts {
            if let Some(name_end) = self.named_subject_of_verb(start) {
                return Some((start, name_end));
            }
            if let Some(name_end) = self.person_name_end_at(start) {
                // "Wielgus didn't hesitate.", "Lee would not be drawn."
                let next = self.lw(name_end + 1);
                let negated = ["did", "does", "would", "was", "is"].iter().any(|aux| {
                    next.strip_prefix(aux)
                        .is_some_and(|rest| matches!(rest, "n't" | "n’t"))
                });
                if negated || matches!(next, "was" | "is" | "has" | "had" | "remained") {
                    return Some((start, name_end));
                }
                // "Thomas Keely, who has been pastor here for 19 years,
                // did not pretend otherwise": past an aside to the verb.
                if let Some(verb) = self.verb_after_aside(name_end + 1) {
                    if self.lw(verb).ends_with("ed")
                        || matches!(self.lw(verb), "did" | "was" | "is" | "has" | "had")
                    {
                        return Some((start, name_end));
                    }
                }
            }
        }
        None
    }

    /// The word after the comma-enclosed aside that opens at token `comma`
    /// ("…, who has been pastor here for 19 years, did …"), when it is a
    /// lower-case word.
    fn verb_after_aside(&self, comma: usize) -> Option<usize> {
        const MAX_ASIDE_TOKENS: usize = 30;
        let verb = self.after_aside(comma, MAX_ASIDE_TOKENS)?;
        (self.is_word(verb) && !starts_upper(self.w(verb)) && !self.in_quote[verb]).then_some(verb)
    }

    /// Whether sentence `s` lies inside a quote (up to byte `at`): its
    /// first and last tokens are quoted (a sentence that opens and closes
    /// inside quotation marks is a quoted sentence; its ends are enough to
    /// check, and cheap: this runs at every look-back).
    fn wholly_quoted(&self, s: usize, at: usize) -> bool {
        let Some(&(a, b)) = self.sent.get(s) else {
            return false;
        };
        let b = b.min(self.toks.len());
        let first = (a..b).find(|&k| self.toks[k].kind != TokKind::Newline);
        let last = (a..b)
            .rev()
            .find(|&k| self.toks[k].kind != TokKind::Newline);
        match (first, last) {
            (Some(f), Some(l)) => {
                self.in_quote[f] && (self.in_quote[l] || self.toks[l].start >= at)
            }
            _ => false,
        }
    }

    /// The token where the quote being attributed starts.
    fn quote_open_token(&self) -> usize {
        let open = self.current_quote.get().0;
        self.toks.partition_point(|t| t.end <= open)
    }

    /// The first token from token `k` on that is not a line break.
    fn first_word_of(&self, k: usize) -> usize {
        (k..self.toks.len())
            .find(|&j| self.toks[j].kind != TokKind::Newline)
            .unwrap_or(k)
    }

    /// Where a look-back from token `at` starts: the start of the sentence
    /// before `at`'s, at most [`LOOKBACK_TOKENS`] back.
    fn lookback_start(&self, at: usize) -> usize {
        let si = self.sentence_index(at);
        // The earlier sentences of the quote before `at` ('"… for it. If
        // it …," he said') are passed over: the sentence before is the
        // writer's.
        let at_byte = self.toks.get(at).map_or(usize::MAX, |t| t.start);
        let quoted = (0..si)
            .rev()
            .take_while(|&s| self.wholly_quoted(s, at_byte))
            .count();
        self.sent
            .get(si.saturating_sub(1 + quoted))
            .map_or(0, |&(a, _)| a)
            .max(at.saturating_sub(LOOKBACK_TOKENS))
    }

    /// A speech verb in the present of a plural subject at token `v`
    /// ("they write", "the authors acknowledge"), which the verb list knows
    /// only in its third-person form ("writes").
    pub(super) fn plural_present_speech(&self, v: usize) -> bool {
        const MAX_VERB_BYTES: usize = 16;
        let lv = self.lv(v);
        let plural_subject =
            v > 0 && (self.lw(v - 1) == "they" || person_plural_singular(self.lw(v - 1)).is_some());
        if !plural_subject || lv.is_empty() || lv.len() > MAX_VERB_BYTES {
            return false;
        }
        let mut buf = [0u8; MAX_VERB_BYTES + 1];
        buf[..lv.len()].copy_from_slice(lv.as_bytes());
        buf[lv.len()] = b's';
        std::str::from_utf8(&buf[..=lv.len()])
            .is_ok_and(|third| speech(third) == Some(Speech::Finite))
    }

    /// The subject of the nearest speech verb outside quotes before token
    /// `at` (this sentence or the one before) when it is a plural of people
    /// with no name in it ("the authors acknowledge", "residents said"):
    /// its first and last tokens.
    fn plural_speakers_before(&self, at: usize) -> Option<(usize, usize)> {
        let lo = self.lookback_start(at);
        let v = (lo..at).rev().find(|&v| {
            !self.in_quote[v]
                && (self.finite_speech_at(v) || (v > lo && self.plural_present_speech(v)))
        })?;
        let (sa, _) = self.sentence_of(v);
        let np = self.np_before(sa.max(lo), v)?;
        let (x, y) = self.byte_range(np.0, np.1);
        (person_plural_singular(self.lw(np.1)).is_some() && self.mentions_in(x, y).next().is_none())
            .then_some(np)
    }

    /// The singular of the nearest plural of people ("dealers",
    /// "witnesses") outside quotes in the sentence of token `at` or the one
    /// before (two before when that one opens with "they"): whom a bare
    /// "one said" is one of.
    fn group_member_before(&self, at: usize) -> Option<String> {
        // "Traders said …. They said …. "…," one said": a sentence that
        // goes on about them as "they" reaches one further back.
        let from = self.lookback_start(at);
        let first = self.first_word_of(from);
        let writers_they =
            self.lw(first) == "they" && !self.in_quote.get(first).copied().unwrap_or(true);
        let from = match self.sentence_index(from).checked_sub(1) {
            Some(s) if writers_they => self.sent.get(s).map_or(from, |&(a, _)| a.min(from)),
            _ => from,
        };
        (from..at)
            .rev()
            .filter(|&k| !self.in_quote[k] && self.is_word(k))
            .find_map(|k| person_plural_singular(self.lw(k)).map(str::to_string))
    }

    /// A described person of gender `gender` ("one mother", "a spokesman"),
    /// or one the writer introduces with a "who" clause ("is a tailor …
    /// who"), or, with `neutral_subject`, a person of no stated gender as
    /// the subject opening a sentence ("a police officer"), in the sentence
    /// of token `at` or the one before (two before when that one speaks of
    /// them only as he or she), outside quotes: the first and last tokens
    /// of the nearest one's description.
    fn gendered_description_before(
        &self,
        at: usize,
        gender: Gender,
        neutral_subject: bool,
    ) -> Option<(usize, usize)> {
        let from = self.lookback_start(at);
        // "A woman in a pink hat … said she was "…". Then, halfway up the
        // steps, she turned around. "…," she said": a sentence that only
        // goes on about her by pronoun reaches one further back.
        let before = self.sentence_index(from).checked_sub(1);
        let from = match before.and_then(|s| self.sent.get(s)) {
            Some(&(sa, _)) if self.only_pronoun_of(from, gender) => sa.min(from),
            _ => from,
        };
        (from + 1..at).rev().find_map(|k| {
            // Words inside quotes describe no one here: tested first, as
            // most of the words looked back over are a quote's.
            if self.in_quote[k] {
                return None;
            }
            // "Among the early users is a tailor in the Medina district
            // who …": a person the writer introduces, whatever the noun.
            let introduced = k >= 2
                && matches!(self.lw(k - 1), "a" | "an")
                && matches!(self.lw(k - 2), "is" | "was")
                && (k + 1..(k + 8).min(at))
                    .take_while(|&j| self.is_word(j) && !self.in_quote[j])
                    .any(|j| self.lw(j) == "who");
            // With `neutral_subject`, "At the toll plaza, a police officer
            // … waves us through.": a person of no stated gender as the
            // subject that opens the sentence, with no one named in it.
            let noun = word_gender(self.w(k), self.lw(k));
            let gendered = noun == Some(gender);
            let neutral = neutral_subject
                && noun.is_none()
                && !introduced
                && (k.saturating_sub(3)..k)
                    .any(|d| matches!(self.lw(d), "a" | "an" | "one" | "another"))
                && is_person_noun(self.lw(k));
            if !gendered && !introduced && !neutral {
                return None;
            }
            // "a mother"; and "his wife", "Beck's wife" as the subject
            // opening a sentence (mid-sentence, "her daughter" is someone
            // the speaker talks about).
            let det = (k.saturating_sub(3)..k)
                .rev()
                .take_while(|&d| self.is_word(d) && !self.in_quote[d])
                .find(|&d| {
                    matches!(self.lw(d), "a" | "an" | "one" | "another" | "the")
                        || ((matches!(self.lw(d), "his" | "her" | "their")
                            || is_possessive_name(self.w(d)))
                            && self.opens_sentence(d))
                })?;
            if neutral && !self.neutral_subject_opening(det) {
                return None;
            }
            // "… borrowed from an uncle in Dhaka": an object is someone the
            // sentence mentions, not its speaker (one spoken to, as in
            // "WIRED spoke to one mother", is no object).
            if self.is_object_at(det) || self.reported_by_named_person(det) {
                return None;
            }
            // "Beck's wife, Mara, was more blunt": the name in apposition.
            if let Some(name) = self.apposed_person(k + 1) {
                return Some(name);
            }
            // "One man who lives next door said …": the relative clause
            // is part of the description, up to the verb or a comma; so is
            // a phrase of place, dress or kin, up to its comma or speech
            // verb ("A woman in a pink swimming hat, towelling off, …", "a
            // mother of two who works nights as a nurse said").
            const MAX_MODIFIER_TOKENS: usize = 12;
            let (_, sb) = self.sentence_of(k);
            let modifier = matches!(
                self.lw(k + 1),
                "in" | "from" | "at" | "with" | "wearing" | "of"
            );
            // The clause's own verb may be one of speaking ("who said she
            // had lived there for 40 years told the council", "who asked
            // not to be named because …"); a reason or time clause after
            // it is no longer the description.
            // "who asked not to be named waves us through": the anonymity
            // clause ends with its participle.
            let ends_at = |j: usize| {
                self.w(j) == ","
                    || matches!(self.lw(j), "because" | "while" | "when")
                    || (self.finite_speech_at(j) && self.lw(j - 1) != "who")
                    || (matches!(self.lw(j - 1), "named" | "identified") && self.lw(j - 2) == "be")
            };
            let clause_end = (self.lw(k + 1) == "who")
                .then(|| {
                    (k + 3..sb.min(at).min(self.toks.len()))
                        .take_while(|&j| !self.in_quote[j])
                        .find(|&j| ends_at(j))
                })
                .or_else(|| {
                    modifier.then(|| {
                        (k + 2..sb.min(at).min(k + 2 + MAX_MODIFIER_TOKENS))
                            .take_while(|&j| !self.in_quote[j])
                            .find(|&j| ends_at(j))
                    })
                })
                .flatten()
                .filter(|&j| j > k + 2);
            Some((det, clause_end.map_or(k, |j| j - 1)))
        })
    }

    /// Whether the indefinite description at token `det` ("a motorway
    /// police officer") opens its sentence or follows a comma ("At the toll
    /// plaza, a …"; also "Prices rose, a trader said"), in a sentence that
    /// names no person outside quotes.
    fn neutral_subject_opening(&self, det: usize) -> bool {
        if !matches!(self.lw(det), "a" | "an" | "one" | "another") {
            return false;
        }
        let opens = self.opens_sentence(det) || (det > 0 && self.w(det - 1) == ",");
        let (sa, sb) = self.sentence_of(det);
        let (Some(a), Some(b)) = (self.toks.get(sa), self.toks.get(sb.saturating_sub(1))) else {
            return false;
        };
        opens
            && !self
                .mentions_in(a.start, b.end)
                .any(|m| self.is_person_like(m))
    }

    /// Whether the sentence opening at token `sa` speaks of someone only by
    /// a pronoun of `gender`, outside quotes, naming no person.
    fn only_pronoun_of(&self, sa: usize, gender: Gender) -> bool {
        let (_, sb) = self.sentence_of(sa);
        let sb = sb.min(self.toks.len());
        let (Some(a), Some(b)) = (self.toks.get(sa), self.toks.get(sb.saturating_sub(1))) else {
            return false;
        };
        (sa..sb).filter(|&k| !self.in_quote[k]).any(|k| {
            matches!(self.lw(k), "he" | "she") && pronoun_gender(self.lw(k)) == Some(gender)
        }) && !self
            .mentions_in(a.start, b.end)
            .any(|m| self.is_person_like(m))
    }

    /// "A Ministry of Housing, Communities and Local Government
    /// spokesperson said …": an indefinite description ending in `noun`
    /// (lower case) that opens one of the two sentences before token `at`
    /// as the subject of a speech verb; its first and last tokens.
    fn described_speaker_before(&self, at: usize, noun: &str) -> Option<(usize, usize)> {
        const MAX_DESCRIPTION_TOKENS: usize = 14;
        let si = self.sentence_index(at);
        (si.saturating_sub(2)..si).rev().find_map(|s| {
            let &(sa, sb) = self.sent.get(s)?;
            let sa =
                (sa..sb).find(|&k| self.toks.get(k).is_some_and(|t| t.kind != TokKind::Newline))?;
            if !matches!(self.lw(sa), "a" | "an" | "one") || self.in_quote[sa] {
                return None;
            }
            let head = (sa + 1..(sa + MAX_DESCRIPTION_TOKENS).min(sb))
                .take_while(|&k| !self.in_quote[k])
                .find(|&k| self.lw(k) == noun && self.finite_speech_at(k + 1))?;
            Some((sa, head))
        })
    }

    /// Whether token `k` lies in what a named person is reported to have
    /// said ("Tom Reinholt said two deaths were investigated: a woman …
    /// and a man who …"): the people that content mentions are not the
    /// next quote's speaker.
    fn reported_by_named_person(&self, k: usize) -> bool {
        let (sa, _) = self.sentence_of(k);
        (sa..k).any(|v| {
            !self.in_quote[v]
                && self.finite_speech_at(v)
                && self
                    .mentions_in(self.toks[sa].start, self.toks[v].start)
                    .any(|m| self.is_person_like(m) && !self.byte_in_quote(m.span.start))
        })
    }

    /// A description of one person ("The county's lawyer", "one senior
    /// aide") that is the subject of the last speech verb outside quotes
    /// before token `at`, in its sentence or the one before.
    /// Not when its gender is known to differ from the pronoun's
    /// `gender`: by its noun ("the woman"), by the person its role names
    /// ("the governor", "Gov. Eric Holcomb"), or by the first pronoun after
    /// its verb ("The governor said he was waiting").
    fn description_attributed_before(
        &self,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<(usize, usize)> {
        let verb = self.last_speech_verb_before(at)?;
        let (sa, sb) = self.sentence_of(verb);
        // "One reporter asked Marsh: "…?"": the one asked answers next.
        if self.lw(verb) == "asked"
            && self
                .mention_at(verb + 1)
                .is_some_and(|m| self.is_person_like(m))
        {
            return None;
        }
        let described = |np: (usize, usize)| {
            let opener = self.lw(np.0);
            let determined = matches!(opener, "the" | "a" | "an" | "one" | "another")
                || is_possessive_name(self.w(np.0));
            let (x, y) = self.byte_range(np.0, np.1);
            determined && !self.mentions_in(x, y).any(|m| m.kind == EntityKind::Person)
        };
        let np = self
            .np_before(sa, verb)
            .or_else(|| self.np_before_apposition(sa, verb))
            .filter(|&np| described(np) && is_person_noun(self.lw(np.1)))
            .or_else(|| {
                self.relative_clause_subject(sa, verb)
                    .filter(|&np| described(np))
            })?;
        let (x, _) = self.byte_range(np.0, np.1);
        let head = self.lw(np.1);
        let Some(gender) = gender else {
            return Some(np);
        };
        let role_holder = || {
            self.person_titled_before(x, head)
                .and_then(|p| self.person_gender(p))
        };
        let pronoun_after = || {
            (verb + 1..sb.min(at))
                .filter(|&k| !self.in_quote[k])
                .find_map(|k| pronoun_gender(self.lw(k)))
        };
        let other = noun_gender(head)
            .or_else(role_holder)
            .or_else(pronoun_after)
            .is_some_and(|g| g != gender);
        (!other).then_some(np)
    }

    /// The last person before byte `at`, outside quotes, whose name is
    /// written with `role` (lower case) as its title, in full or
    /// abbreviated: "Gov. Linda Marsh" and "Governor Marsh" for "governor".
    fn person_titled_before(&self, at: usize, role: &str) -> Option<&'m Mention> {
        // Without allocating: this runs for every person before `at`.
        let titled = |word: &str| {
            let word = word.trim_end_matches('.');
            if word.eq_ignore_ascii_case(role) {
                return true;
            }
            let mut buf = [0u8; 8];
            let Some(slot) = buf.get_mut(..word.len()) else {
                return false;
            };
            slot.copy_from_slice(word.as_bytes());
            slot.make_ascii_lowercase();
            std::str::from_utf8(slot).is_ok_and(|w| title_abbreviation_of(w) == Some(role))
        };
        self.mentions_before(at)
            .filter(|m| m.kind == EntityKind::Person && !self.byte_in_quote(m.span.start))
            .find(|m| {
                let k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.start);
                let before = if k >= 2 && self.w(k - 1) == "." {
                    self.w(k - 2)
                } else if k >= 1 {
                    self.w(k - 1)
                } else {
                    ""
                };
                let first = m.text.split_whitespace().next().unwrap_or("");
                // "Her son, Patrick MacAllister,": the role set before the
                // name, then a comma.
                let apposed = k >= 2 && self.w(k - 1) == "," && titled(self.w(k - 2));
                // "Detective Constable Amir Latif", "Det. Sgt. Ann Lee": the
                // role opening a title of several capitalised words.
                let in_long_title = (k.saturating_sub(5)..k.saturating_sub(1))
                    .rev()
                    .take_while(|&j| {
                        let w = self.w(j + 1);
                        w == "." || starts_upper(w)
                    })
                    .any(|j| starts_upper(self.w(j)) && titled(self.w(j)));
                titled(before)
                    || apposed
                    || in_long_title
                    || (m.text.contains(' ') && titled(first))
                    || self.apposition_head(m).is_some_and(|j| titled(self.w(j)))
            })
    }

    /// The head noun of a definite apposition after mention `m` ("Aisha
    /// Bello, the superintendent of the district," gives "superintendent";
    /// "…, the council's cabinet member for highways," gives "member"): its
    /// last word before a preposition or the apposition's end. Only the
    /// head: in "X, the president's lawyer," X is no president.
    fn apposition_head(&self, m: &Mention) -> Option<usize> {
        const MAX_APPOSITION_TOKENS: usize = 12;
        let words = self.apposition_after(m, MAX_APPOSITION_TOKENS);
        if !matches!(self.lw(words.start), "the" | "a" | "an") {
            return None;
        }
        let end = (words.start + 1..words.end)
            .find(|&j| closes_role_head(self.lw(j)))
            .unwrap_or(words.end);
        let head = end.checked_sub(1).filter(|&j| j > words.start)?;
        self.is_word(head).then_some(head)
    }

    /// The person a description of two or three words after "the" ("the
    /// cabinet member", "the county health commissioner"; `words` lower
    /// case) stands for: the last one before byte `at` introduced with
    /// those words.
    fn role_holder_before(&self, at: usize, words: &[&str]) -> Option<&'m Mention> {
        let (3..=4, Some(&"the")) = (words.len(), words.first()) else {
            return None;
        };
        let role = &words[1..];
        let person_role = role
            .last()
            .is_some_and(|w| is_person_noun(w) || *w == "member");
        if person_role {
            return self.person_described_before(at, role);
        }
        // Any other noun is a role when it heads a person's apposition
        // ("Siobhan Doherty, the harbour master at Dublin Port,"): as its
        // head, not just one of its words ("X, the company's founder," is
        // not "the company").
        let end = crate::canonical::scan::tok_at_or_after(&self.toks, at);
        self.mentions_before(at)
            .filter(|m| m.kind == EntityKind::Person && !self.byte_in_quote(m.span.start))
            .find(|m| {
                self.apposition_head(m)
                    .filter(|&head| head < end && head + 1 >= role.len())
                    .is_some_and(|head| {
                        let first = head + 1 - role.len();
                        role.iter()
                            .enumerate()
                            .all(|(r, w)| self.lw(first + r) == *w)
                    })
            })
    }

    /// Whether `noun` (lower case) describes mention `m` in an apposition
    /// opening with an article: "The Harbour Pilots Association, the
    /// largest union on the docks," for "union".
    fn described_in_apposition(&self, m: &Mention, noun: &str) -> bool {
        const MAX_APPOSITION_TOKENS: usize = 8;
        let mut words = self.apposition_after(m, MAX_APPOSITION_TOKENS);
        words
            .next()
            .is_some_and(|j| matches!(self.lw(j), "the" | "a" | "an"))
            && words.any(|j| self.lw(j) == noun)
    }

    /// The tokens of the apposition a comma opens right after mention `m`
    /// (or after the bracketed acronym it is, or that follows it: "…
    /// Workers (ARDAW), the majority union,"), at most `max` of them, up to
    /// the next comma, full stop, semicolon or quote. Empty when no comma
    /// follows.
    fn apposition_after(&self, m: &Mention, max: usize) -> std::ops::Range<usize> {
        let mut k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
        if self.w(k) == ")" {
            k += 1;
        } else if self.w(k) == "(" {
            match (k + 1..(k + 4).min(self.toks.len())).find(|&j| self.w(j) == ")") {
                Some(close) => k = close + 1,
                None => return k..k,
            }
        }
        if self.w(k) != "," {
            return k..k;
        }
        let start = k + 1;
        let end = (start..(start + max).min(self.toks.len()))
            .find(|&j| matches!(self.w(j), "," | "." | ";") || self.in_quote[j])
            .unwrap_or((start + max).min(self.toks.len()));
        start..end
    }

    /// The last person before byte `at` written with the words of `role`
    /// (lower case, in order) in an apposition after the name ("X, the
    /// council's cabinet member for highways,") or right before it
    /// ("cabinet member X").
    fn person_described_before(&self, at: usize, role: &[&str]) -> Option<&'m Mention> {
        const MAX_APPOSITION_TOKENS: usize = 12;
        let end = crate::canonical::scan::tok_at_or_after(&self.toks, at);
        let matches_at = |j: usize| {
            role.iter()
                .enumerate()
                .all(|(r, w)| j + r < self.toks.len() && self.lw(j + r) == *w)
        };
        self.mentions_before(at)
            .filter(|m| m.kind == EntityKind::Person && !self.byte_in_quote(m.span.start))
            .find(|m| {
                let k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.start);
                let before = k >= role.len() && matches_at(k - role.len());
                let apposition = self.apposition_after(m, MAX_APPOSITION_TOKENS);
                before || (apposition.start..apposition.end.min(end)).any(matches_at)
            })
    }

    /// Who issued the document a noun names ("post", "statement"), from the
    /// sentence of token `at` or one of the five before the quote opens
    /// (its own sentences do not use up the reach) that writes the noun
    /// outside quotes: the agent after "by" or "from" the noun ("a study
    /// released Monday by X"), else (not for a study, report or survey)
    /// that sentence's first person or organisation that owns nothing, is
    /// no object and is not the medium ("The Harlan City Police Department
    /// said in a Facebook post …").
    fn issuer_of_document_before(&self, at: usize, noun: &str) -> Option<&'m Mention> {
        const MAX_SENTENCES_BACK: usize = 5;
        let si = self.sentence_index(at);
        let first = self
            .sentence_index(at.min(self.quote_open_token()))
            .saturating_sub(MAX_SENTENCES_BACK);
        (first..=si)
            .rev()
            .filter_map(|s| self.sent.get(s).copied())
            .find_map(|(sa, sb)| {
                let sb = sb.min(at).min(self.toks.len());
                let writes_noun = (sa..sb).any(|k| !self.in_quote[k] && self.lw(k) == noun);
                if !writes_noun || sa >= sb {
                    return None;
                }
                let (x, y) = self.byte_range(sa, sb - 1);
                let issuer_like = |m: &&'m Mention| {
                    (self.is_person_like(m) || m.kind == EntityKind::Organisation)
                        && !self.byte_in_quote(m.span.start)
                        && !is_news_agency(canonical_str(m))
                };
                // "the company report to the stock exchange showed": the
                // company the article is about issued it.
                let by_the_company = (sa + 1..sb).any(|k| {
                    let owner = match self.lw(k - 1) {
                        "'s" | "’s" if k >= sa + 2 => k - 2,
                        _ => k - 1,
                    };
                    !self.in_quote[k] && self.lw(k) == noun && is_company_noun(self.lw(owner))
                });
                if by_the_company {
                    if let Some(company) = self.main_organisation_before(self.toks[sa].start) {
                        return Some(company);
                    }
                }
                // "a study released Thursday by the Mindoro Research
                // Center": the agent after "by" issued it.
                let agent = (sa..sb)
                    .filter(|&k| !self.in_quote[k] && self.lw(k) == noun)
                    .find_map(|k| {
                        let by = (k + 1..sb.min(k + 5))
                            .find(|&j| matches!(self.lw(j), "by" | "from"))?;
                        // "by the Mindoro Marine Research Center": the
                        // tagger may leave "the" out of the name.
                        let name = if self.lw(by + 1) == "the" {
                            by + 2
                        } else {
                            by + 1
                        };
                        let at = self.toks.get(name)?.start;
                        self.mentions_in(at, y)
                            .next()
                            .filter(|m| m.span.start == at)
                    })
                    .filter(issuer_like);
                // "According to a report in the Leader, Gov. Noem launched
                // …": the subject of a study's or report's sentence is what
                // it reports on, so only an agent names their issuer.
                let reported_on = matches!(noun, "study" | "report" | "survey");
                // "The Department of Education allowed …. Under a
                // memorandum issued on Sunday, …": a document introduced
                // with no issuer is the one the sentence before opens with.
                let introduced = (sa + 1..sb).any(|k| {
                    !self.in_quote[k] && self.lw(k) == noun && matches!(self.lw(k - 1), "a" | "an")
                });
                agent
                    .or_else(|| {
                        self.mentions_in(x, y).filter(|_| !reported_on).find(|m| {
                            issuer_like(m)
                                && !self.is_possessor(m)
                                && !self.is_object(m)
                                && !self.names_the_medium(m, noun)
                        })
                    })
                    .or_else(|| {
                        (introduced && !reported_on)
                            .then(|| self.org_opening_sentence_before(self.toks[sa].start))
                            .flatten()
                    })
            })
    }

    /// An unnamed person speaking, as the text describes them between
    /// tokens `d0` and `d1`.
    fn described_speaker(&self, d0: usize, d1: usize) -> Speaker {
        let (x, y) = self.byte_range(d0, d1);
        Speaker {
            text: self.text[x..y].to_string(),
            canonical: None,
            org: false,
        }
    }

    /// The described subject of the speech verb of the sentence before
    /// token `at` that says "in a (written) `noun`" ("Another victim, a
    /// retired couple from Kaiapoi, said in a written statement"), when no
    /// person or organisation is named in it: its first and last tokens.
    fn described_issuer_before(&self, at: usize, noun: &str) -> Option<(usize, usize)> {
        // The writer's sentence before the quote's own sentences.
        let verb = (self.lookback_start(at)..at).find(|&v| {
            !self.in_quote[v]
                && self.finite_speech_at(v)
                && self.lw(v + 1) == "in"
                && (v + 2..(v + 5).min(at)).any(|k| self.lw(k) == noun)
        })?;
        let (sa, _) = self.sentence_of(verb);
        // With its aside, which says who they are ("Another victim, a
        // retired couple from Kaiapoi,").
        let np = self.np_before(sa, verb).or_else(|| {
            self.np_before_apposition(sa, verb)
                .map(|(d0, _)| (d0, verb.saturating_sub(2)))
        })?;
        let (x, y) = self.byte_range(np.0, np.1);
        let described = matches!(self.lw(np.0), "a" | "an" | "one" | "another" | "the")
            && !self
                .mentions_in(x, y)
                .any(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation));
        described.then_some(np)
    }

    /// Whether a mention is the medium of the document it stands before
    /// ("a Facebook post", "an Instagram statement"), not its issuer.
    fn names_the_medium(&self, m: &Mention, noun: &str) -> bool {
        let k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
        k < self.toks.len() && self.lw(k) == noun
    }

    /// The person named as the subject of the last speech verb outside
    /// quotes before token `at`, in its sentence or the one before ("Kym
    /// Lino, a spokesperson for Instagram, confirmed …").
    fn person_attributed_before(&self, at: usize) -> Option<&'m Mention> {
        let verb = self.last_speech_verb_before(at)?;
        let (sa, _) = self.sentence_of(verb);
        let person_in = |np: (usize, usize)| {
            let (x, y) = self.byte_range(np.0, np.1);
            self.mentions_in(x, y)
                .find(|m| m.kind == EntityKind::Person)
        };
        self.np_before(sa, verb)
            .and_then(person_in)
            .or_else(|| self.np_before_apposition(sa, verb).and_then(person_in))
    }

    /// The last finite speech verb outside quotes before token `at`, in
    /// its sentence or the one before: where an attribution's subject is.
    #[inline]
    fn last_speech_verb_before(&self, at: usize) -> Option<usize> {
        (self.lookback_start(at)..at)
            .rev()
            .find(|&v| !self.in_quote[v] && self.finite_speech_at(v))
    }

    /// '"One reporter asked Colin Marsh: "…?" "…," he said': the person
    /// the last speech verb before token `at` put a question to, when the
    /// question (the last quote in `prev`, ending in "?") stands between
    /// them.
    fn person_asked_before(
        &self,
        at: usize,
        gender: Option<Gender>,
        prev: &[(usize, Speaker, usize)],
    ) -> Option<&'m Mention> {
        let &(close, _, _) = prev.last()?;
        // The closing mark, or the first ’ of AP's ’’, follows the "?".
        let mut mark = close.checked_sub(1)?;
        if super::marks::doubled_single_mark(self.text, &self.toks, mark) == Some(Dir::Close) {
            mark = mark.checked_sub(1)?;
        }
        if close >= at || self.w(mark) != "?" {
            return None;
        }
        let verb = self.last_speech_verb_before(at)?;
        if self.lw(verb) != "asked" {
            return None;
        }
        let asked = self
            .mention_at(verb + 1)
            .filter(|m| self.is_person_like(m))?;
        // The question closes after the verb that asks it.
        let byte = self.toks.get(at)?.start;
        (close > verb && self.may_be_meant(asked, byte, gender)).then_some(asked)
    }

    /// The person who opens (as its first words, after an optional
    /// connective such as "But" or "However," or an introductory phrase
    /// closed by a comma) the sentence holding byte `at` or the one before,
    /// outside quotes and of a compatible gender: the topic a pronoun most
    /// likely refers to ("Figgins declined to say whether Thomas slept the
    /// night Epstein died. “…,” he said"). A sentence opened by the same
    /// pronoun continues that topic, so the search goes back through such
    /// sentences ("An aunt, Ann Lee, lives … She spoke … She gave me the
    /// address of her niece, Eva Fry. “…,” she said" is Ann Lee), at most
    /// [`MAX_TOPIC_SENTENCES`] of them.
    fn recent_sentence_subject(&self, at: usize, gender: Option<Gender>) -> Option<&'m Mention> {
        const MAX_TOPIC_SENTENCES: usize = 6;
        const MAX_INTRO_TOKENS: usize = 16;
        let tok = self.toks.partition_point(|t| t.end <= at);
        let si = self.sentence_index(tok.min(self.toks.len().saturating_sub(1)));
        let mut chained = false;
        // The sentences of the quote the pronoun closes ('"He kept telling
        // me …. I believed him," he said') are the quoted person's, not the
        // writer's: passed over.
        let own_quote = (0..si)
            .rev()
            .take_while(|&s| self.wholly_quoted(s, at))
            .count();
        let writers = std::iter::once(si).chain((0..si - own_quote).rev());
        for (n, s) in writers.take(MAX_TOPIC_SENTENCES).enumerate() {
            let (sa, sb) = self.sent.get(s).copied()?;
            let mut k = sa;
            while k < sb && (self.toks[k].kind == TokKind::Newline || self.in_quote[k]) {
                k += 1;
            }
            k = self.after_dateline(k, sb);
            if matches!(
                self.lw(k),
                "but" | "however" | "and" | "meanwhile" | "still" | "yet" | "so" | "later"
            ) {
                k += 1;
                if self.w(k) == "," {
                    k += 1;
                }
            }
            let subordinate = matches!(
                self.lw(k),
                "although" | "though" | "while" | "when" | "after" | "because" | "since"
            );
            // What stands at token `c`: a person starting there (Some(Some)),
            // the pronoun being resolved (Some(None)), or neither (None).
            let subject_at = |c: usize| -> Option<Option<&'m Mention>> {
                if c >= sb || self.toks[c].start >= at || self.in_quote[c] {
                    return None;
                }
                // "Ms Colgan said", "The Rev. Thomas Keely, …,": the name
                // after a title the tagger left out.
                let c = self.after_title(c).min(sb);
                let t = *self.toks.get(c)?;
                if t.start >= at {
                    return None;
                }
                // "Lefèvre's union wants …": a possessor opens the sentence,
                // the union is its subject.
                let person = self.mentions_in(t.start, at).next().filter(|m| {
                    m.span.start == t.start && self.is_person_like(m) && !self.is_possessor(m)
                });
                if let Some(m) = person {
                    return Some(Some(self.titled_person_after(m).unwrap_or(m)));
                }
                if let Some(m) = self.titled_role_opening(c, t.start) {
                    return Some(Some(m));
                }
                let pronoun = strip_modal(self.lw(c));
                // A reference without a gender ("the 22-year-old") goes on
                // through "She has now beaten three." as through "The
                // unseeded Slovak, …": both name the topic again.
                let same_topic = if is_person_pronoun(pronoun) {
                    gender.is_none_or(|g| pronoun_gender(pronoun) == Some(g))
                } else {
                    gender.is_none() && self.person_description_at(c, sb)
                };
                same_topic.then_some(None)
            };
            // The subject after a comma that closes an opening phrase ("On
            // May 2, 2006, he …") or a subordinate clause.
            let after_intro = || {
                (k..(k + MAX_INTRO_TOKENS).min(sb))
                    .filter(|&c| self.w(c) == "," && !self.in_quote[c])
                    .find_map(|c| subject_at(c + 1))
            };
            let opener = if subordinate {
                // The main clause's subject is the topic; when it is the
                // pronoun itself, the subordinate clause's subject is what it
                // stands for ("Although Ann Lee had planned it, she …").
                match after_intro() {
                    Some(None) => match subject_at(k + 1) {
                        Some(Some(m)) => Some(Some(m)),
                        _ => Some(None),
                    },
                    found => found,
                }
            } else {
                subject_at(k)
                    .or_else(after_intro)
                    .or_else(|| self.described_name_opening(k, sb, at).map(Some))
            };
            let opener = match opener {
                Some(Some(m)) if n == 1 => {
                    Some(Some(self.contrasted_subject(m, sb, gender).unwrap_or(m)))
                }
                other => other,
            };
            match opener {
                Some(Some(m)) => {
                    let compatible = self.gender_fits(m, gender) && !self.named_in_current_quote(m);
                    // "Sorensen said she had spent a month on boats. Varga
                    // had insisted on it. "…," she said": a subject in the
                    // perfect tells the background, not who speaks next.
                    // ("Although Ford had outlined it, he …" is Ford's: the
                    // subordinate clause names whom the main clause's
                    // pronoun means.)
                    if compatible && (subordinate || !self.in_perfect(m)) {
                        return Some(m);
                    }
                    if chained {
                        return None;
                    }
                }
                // Opened by the same pronoun: the topic goes on further back.
                Some(None) => chained = true,
                // "Ms Brennan's party has called for …": what a person owns
                // opens the sentence; the topic is further back.
                None if self.opened_by_an_owner(k, at) => {}
                None if chained || n >= 1 => return None,
                None => {}
            }
        }
        None
    }

    /// "Munton is tipping Surrey, but Derbyshire's captain Dean Jones is
    /// conceding nothing.": a person opening a clause after ", but" in the
    /// sentence that `first` opens (ending at token `sb`) is where the
    /// sentence leaves its topic, when compatible with the pronoun.
    fn contrasted_subject(
        &self,
        first: &Mention,
        sb: usize,
        gender: Option<Gender>,
    ) -> Option<&'m Mention> {
        let from = self.token_after_mention(first);
        (from..sb.saturating_sub(2)).find_map(|c| {
            if self.w(c) != "," || self.lw(c + 1) != "but" || self.in_quote[c] {
                return None;
            }
            // The subject opens the clause, past a determiner, an owner and
            // titles: "but Derbyshire's Australian captain Dean Jones is";
            // not "but he admits Dean Royle has", "but the selectors picked
            // Dean Royle".
            const MAX_OPENING_TOKENS: usize = 6;
            let m = (c + 2..(c + 2 + MAX_OPENING_TOKENS).min(sb)).find_map(|k| {
                // Owners and other names before the person ("Derbyshire's
                // Australian captain") are passed over.
                match self.mention_at(k) {
                    Some(m) if self.is_person_like(m) && !self.is_possessor(m) => {
                        return Some(Some(m))
                    }
                    Some(_) => return None,
                    None => {}
                }
                let w = self.w(k);
                let opening = starts_upper(w)
                    || is_determiner(self.lw(k))
                    || is_person_noun(self.lw(k))
                    || matches!(w, "'s" | "’s" | "'" | "’");
                (!opening).then_some(None)
            })??;
            if self.named_in_current_quote(m) || self.in_perfect(m) {
                return None;
            }
            let end = self.token_after_mention(m);
            let verb_follows = self.is_word(end) && !starts_upper(self.w(end)) && end < sb;
            (verb_follows && self.gender_fits(m, gender)).then_some(m)
        })
    }

    /// "The judge was not persuaded.": the person named before byte `at`
    /// with the role a clause opening at token `c` names ("Justice Grace
    /// Otieno"), when a verb follows the role.
    fn titled_role_opening(&self, c: usize, at: usize) -> Option<&'m Mention> {
        if self.lw(c) != "the"
            || !self.w(c + 2).starts_with(char::is_lowercase)
            || self.in_quote[c + 1]
        {
            return None;
        }
        let role = self.lw(c + 1);
        is_person_noun(role)
            .then(|| self.person_titled_before(at, role))
            .flatten()
    }

    /// Whether a definite description of one person opens a clause at
    /// token `c` (before `sb`): "The unseeded Slovak, ranked 71st, …", "The
    /// 34-year-old has …": "the", at most three words, a noun for a person,
    /// then a comma or a lower-case word.
    fn person_description_at(&self, c: usize, sb: usize) -> bool {
        const MAX_MODIFIERS: usize = 3;
        if self.lw(c) != "the" {
            return false;
        }
        (c + 1..(c + 2 + MAX_MODIFIERS).min(sb))
            .take_while(|&j| self.is_word(j) && !self.in_quote[j])
            .any(|j| {
                let head = self.lw(j);
                let next = self.w(j + 1);
                (head.ends_with("-year-old") || is_person_noun(head))
                    && (next == "," || next.starts_with(char::is_lowercase))
            })
    }

    /// "Former co-star and best pal Mia Okafor was …", "The 19-year-old
    /// Mark Philippoussis stayed …": the person named after a few words that
    /// describe them and open the sentence from token `k` (to `sb`, before
    /// byte `at`), the last of them a noun for a person or an age.
    fn described_name_opening(&self, k: usize, sb: usize, at: usize) -> Option<&'m Mention> {
        const MAX_WORDS: usize = 6;
        // The noun before the name is checked first: it is cheaper than
        // looking the name up.
        let name = (k + 1..(k + MAX_WORDS + 1).min(sb))
            .take_while(|&j| self.is_word(j) && !self.in_quote[j])
            .find(|&j| {
                starts_upper(self.w(j))
                    && (is_person_noun(self.lw(j - 1)) || self.lw(j - 1).ends_with("-year-old"))
                    && self.person_name_end_at(j).is_some()
            })?;
        if self.toks[name].start >= at {
            return None;
        }
        self.mention_at(name)
    }

    /// "A retired machinist who has lived on Tanner Street for 41 years
    /// told the council": the subject of the speech verb at `v` that a
    /// "who" clause describes (a "who" means a person, whatever the noun),
    /// from the sentence start `sa` (or the end of an opening phrase closed
    /// by a comma: "Outside the ward, a farm labourer who …") to the
    /// clause's end (a comma or the verb), as the article words it. The
    /// clause may be set off by commas ("One nurse at a hospital, who asked
    /// not to be named, said").
    fn relative_clause_subject(&self, sa: usize, v: usize) -> Option<(usize, usize)> {
        const MAX_NOUN_TOKENS: usize = 8;
        const MAX_OPENING_TOKENS: usize = 12;
        let after_opening = (sa + 1..v.min(sa + MAX_OPENING_TOKENS))
            .take_while(|&k| !self.in_quote[k])
            .find(|&k| self.w(k) == "," && self.lw(k + 1) != "who")
            .map(|comma| comma + 1);
        [Some(sa), after_opening]
            .into_iter()
            .flatten()
            .find_map(|start| {
                let who = (start + 1..v.min(start + MAX_NOUN_TOKENS))
                    .take_while(|&k| {
                        !self.in_quote[k]
                            && (self.is_word(k) || self.w(k) == "," && self.lw(k + 1) == "who")
                    })
                    .find(|&k| self.lw(k) == "who")?;
                let end = (who + 1..v)
                    .find(|&k| self.w(k) == "," || self.in_quote[k])
                    .unwrap_or(v);
                (end > who + 1).then_some((start, end - 1))
            })
    }

    /// The last person before byte `at`, outside quotes, whose name is
    /// followed by `age` as an aside ("Wes Kendrick, 68, said", "Ann Lee
    /// (34)").
    fn person_of_age_before(&self, at: usize, age: &str) -> Option<&'m Mention> {
        if age.is_empty() || !age.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.mentions_before(at)
            .filter(|m| m.kind == EntityKind::Person && !self.byte_in_quote(m.span.start))
            .find(|m| {
                let k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
                matches!(self.w(k), "," | "(") && self.w(k + 1) == age
            })
    }

    /// "In an emailed statement, Bargain Bay Stores said …. "…," the
    /// company said": the organisation (not a news agency) opening the
    /// sentence before byte `at`, or its main clause after an opening
    /// phrase closed by a comma.
    fn org_opening_sentence_before(&self, at: usize) -> Option<&'m Mention> {
        const MAX_INTRO_TOKENS: usize = 12;
        let tok = self.toks.partition_point(|t| t.end <= at);
        let si = self.sentence_index(tok.min(self.toks.len().saturating_sub(1)));
        let (sa, sb) = self.sent.get(si.checked_sub(1)?).copied()?;
        let mut k = sa;
        while k < sb && self.toks[k].kind == TokKind::Newline {
            k += 1;
        }
        let after_intro = (k..(k + MAX_INTRO_TOKENS).min(sb))
            .find(|&c| self.w(c) == "," && !self.in_quote[c])
            .map(|c| c + 1);
        std::iter::once(k).chain(after_intro).find_map(|c| {
            let c = if self.lw(c) == "the" { c + 1 } else { c };
            if self.in_quote.get(c).copied().unwrap_or(true) {
                return None;
            }
            self.mention_at(c)
                .filter(|m| m.kind == EntityKind::Organisation && !is_news_agency(canonical_str(m)))
        })
    }

    /// The organisation that opens (after "But" or "And") the nearest of
    /// the four sentences before the quote that opens with one, as the
    /// sentences in between go on about "it" or "the church": '"The Catholic
    /// Information Office said …. But the church learned …. It said ….
    /// "…," it added.'
    fn org_subject_before_quote(&self, tok: usize) -> Option<&'m Mention> {
        const MAX_SENTENCES: usize = 4;
        let si = self.sentence_index(tok.min(self.quote_open_token()));
        (si.saturating_sub(MAX_SENTENCES)..si).rev().find_map(|s| {
            let (sa, sb) = self.sent.get(s).copied()?;
            let mut k = self.first_word_of(sa);
            if matches!(self.lw(k), "but" | "and") {
                k += 1;
            }
            if self.lw(k) == "the" {
                k += 1;
            }
            if k >= sb || self.in_quote[k] {
                return None;
            }
            self.mention_at(k)
                .filter(|m| m.kind == EntityKind::Organisation && !is_news_agency(canonical_str(m)))
        })
    }

    /// "… the official People's Daily newspaper said. … The newspaper said
    /// China wanted a ban. "…," it said": the organisation named before as
    /// the medium ("the newspaper", "the agency") that opens the sentence
    /// before the quote (or before token `tok`) as the subject of a speech
    /// verb.
    fn medium_opening_sentence_before(&self, tok: usize) -> Option<&'m Mention> {
        let (sa, sb) = self.sentence_before_quote(tok)?;
        let k = self.first_word_of(sa);
        if k + 2 >= sb || self.in_quote[k] || self.lw(k) != "the" {
            return None;
        }
        let noun = self.lw(k + 1);
        if !is_medium_noun(noun) || !self.finite_speech_at(k + 2) {
            return None;
        }
        self.mentions_before(self.toks[k].start)
            .find(|m| m.kind == EntityKind::Organisation && self.org_called(m, noun))
    }

    /// Whether the text calls organisation `m` by `noun`: its name ends in
    /// it ("the union" for "… Pilots Union"), an apposition gives it
    /// ("Acme, the carmaker"), or the noun stands right beside the name
    /// ("Interacciones brokerage", "the brokerage Interacciones", "the
    /// People's Daily newspaper").
    fn org_called(&self, m: &Mention, noun: &str) -> bool {
        org_named_by_noun(canonical_str(m), noun)
            || self.described_in_apposition(m, noun)
            || self.lw(self.token_after_mention(m)) == noun
            || crate::canonical::scan::tok_at_or_after(&self.toks, m.span.start)
                .checked_sub(1)
                .is_some_and(|before| self.lw(before) == noun)
    }

    /// The token range of the sentence before the one the current quote
    /// opens in (or token `tok`'s, when that comes first).
    fn sentence_before_quote(&self, tok: usize) -> Option<(usize, usize)> {
        let si = self.sentence_index(tok.min(self.quote_open_token()));
        self.sent.get(si.checked_sub(1)?).copied()
    }

    /// "China said many countries had compromised. "…," it said": a place
    /// (a country speaking as its government) opening the sentence before
    /// the quote (or before token `tok`, when that comes first) and
    /// followed at once by a speech verb.
    fn speaking_place_before(&self, tok: usize) -> Option<&'m Mention> {
        let (sa, sb) = self.sentence_before_quote(tok)?;
        let mut k = self.first_word_of(sa);
        if matches!(self.lw(k), "but" | "and") {
            k += 1;
        }
        if k >= sb || self.in_quote[k] {
            return None;
        }
        self.mention_at(k)
            .filter(|m| m.kind == EntityKind::Place)
            .filter(|m| self.finite_speech_at(self.token_after_mention(m)))
    }

    /// Whether token `open` is the first of its line.
    pub(super) fn opens_line(&self, open: usize) -> bool {
        let start = self.toks.get(open).map_or(0, |t| t.start);
        let before = self.text.get(..start).unwrap_or("");
        let line = before.rsplit('\n').next().unwrap_or("");
        line.chars()
            .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '«' | '„'))
    }

    /// The person a quote paragraph at token `open` without attribution
    /// belongs to: the subject (a person named in the first words, not an
    /// owner or an object) of the nearest of the writer's sentences before
    /// it, at most [`MAX_TOPIC_LOOKBACK`] sentences back.
    pub(super) fn topic_person_before(&self, open: usize) -> Option<Speaker> {
        const MAX_TOPIC_LOOKBACK: usize = 4;
        const SUBJECT_TOKENS: usize = 12;
        let si = self.sentence_index(open);
        let writers = (0..si).rev().filter(|&s| {
            self.sent.get(s).is_some_and(|&(a, b)| {
                (a..b.min(self.toks.len()))
                    .any(|k| !self.in_quote[k] && self.toks[k].kind == TokKind::Word)
            })
        });
        writers.take(MAX_TOPIC_LOOKBACK).find_map(|s| {
            let (sa, sb) = self.sent.get(s).copied()?;
            let end = sb.min(sa + SUBJECT_TOKENS).min(self.toks.len());
            let (x, y) = (
                self.toks.get(sa)?.start,
                self.toks.get(end.checked_sub(1)?)?.end,
            );
            // "She talks about the work the way …": a sentence about the
            // person by pronoun names them as well as by name.
            let opener = (sa..end).find(|&k| !self.in_quote[k] && self.is_word(k));
            let by_pronoun = opener
                .filter(|&k| is_person_pronoun(self.lw(k)))
                .and_then(|k| {
                    self.pronoun_antecedent(self.toks[k].start, pronoun_gender(self.lw(k)))
                })
                .filter(|m| m.kind == EntityKind::Person);
            let person = by_pronoun.or_else(|| {
                self.mentions_in(x, y).find(|m| {
                    m.kind == EntityKind::Person && !self.is_possessor(m) && !self.is_object(m)
                })
            })?;
            Some(Speaker {
                text: strip_possessive(person.text.trim()).to_string(),
                canonical: Some(self.canonical_of(person)),
                org: false,
            })
        })
    }

    /// The first token after a dateline opening a sentence at `k` (to
    /// `sb`): "ELDER GROVE, Iowa (AP) — Maureen Caskey stood …" gives the
    /// token of "Maureen". `k` itself when there is none.
    fn after_dateline(&self, k: usize, sb: usize) -> usize {
        const MAX_DATELINE_TOKENS: usize = 10;
        let capital_place = |j: usize| {
            let w = self.w(j);
            starts_upper(w) || matches!(w, "," | "." | "(" | ")")
        };
        let shouts = self.w(k).len() > 1 && self.w(k).chars().all(|c| !c.is_lowercase());
        if !shouts {
            return k;
        }
        (k + 1..(k + MAX_DATELINE_TOKENS).min(sb))
            .take_while(|&j| capital_place(j) || matches!(self.w(j), "—" | "–" | "-" | "--"))
            .find(|&j| matches!(self.w(j), "—" | "–" | "-" | "--"))
            .map_or(k, |dash| dash + 1)
    }

    /// Whether a person's possessive opens at token `k` (before byte `at`).
    fn opened_by_an_owner(&self, k: usize, at: usize) -> bool {
        // After a title: "Ms Brennan's", "Dr. Lee's".
        let k = self.after_title(k);
        self.toks.get(k).is_some_and(|t| t.start < at)
            && self
                .mention_at(k)
                .is_some_and(|m| m.kind == EntityKind::Person && self.is_possessor(m))
    }

    /// Whether the verb after mention `m` is in the perfect ("Varga had
    /// insisted", "Ferris has said").
    fn in_perfect(&self, m: &Mention) -> bool {
        const MAX_ASIDE_TOKENS: usize = 16;
        let k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
        // "Underhill, who campaigned in Sioux City, has declined": past
        // the aside.
        let k = self.after_aside(k, MAX_ASIDE_TOKENS).unwrap_or(k);
        let participle = self.lw(k + 1);
        matches!(self.lw(k), "had" | "has" | "have")
            && (participle.ends_with("ed")
                || matches!(
                    participle,
                    "said"
                        | "told"
                        | "made"
                        | "written"
                        | "spoken"
                        | "given"
                        | "taken"
                        | "been"
                        | "done"
                        | "gone"
                        | "seen"
                        | "known"
                        | "shown"
                        | "become"
                        | "sent"
                ))
    }

    /// "Wexham boss Luis Ferreira", "Labour leader Ann Lee": the person
    /// named after `m` and a role of at most three words, who is the one
    /// the words are about (the tagger may take a club or party before a
    /// role for a person).
    fn titled_person_after(&self, m: &Mention) -> Option<&'m Mention> {
        const MAX_ROLE_WORDS: usize = 3;
        let first = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
        let roles = (first..(first + MAX_ROLE_WORDS).min(self.toks.len()))
            .take_while(|&k| {
                let w = self.lw(k);
                is_role_head(w)
                    || is_person_epithet(w)
                    || matches!(w, "boss" | "manager" | "coach" | "owner" | "chair")
            })
            .count();
        (roles > 0)
            .then(|| self.mention_at(first + roles))
            .flatten()
            .filter(|p| p.kind == EntityKind::Person)
    }

    /// The person a he/she at byte `at` refers to: the most recent person
    /// mention before it, outside quotes (a name inside a quote is never
    /// the speaker), whose gender does not contradict the pronoun's,
    /// preferring one that is not the object of a verb or preposition
    /// ("Cook told Benioff … he said" is Cook). `None` when every recent
    /// person has the other gender (the pronoun is then someone unnamed).
    pub(super) fn pronoun_antecedent(
        &self,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<&'m Mention> {
        self.pronoun_antecedent_after(at, gender, None)
    }

    /// [`Self::pronoun_antecedent`], where `last_speaker` (the person who
    /// said the quote just before) comes after the topic of the sentences
    /// and before any other recent name: '"…," said Ann Lee, an analyst at
    /// Raymond James. "…," she said.'
    fn pronoun_antecedent_after(
        &self,
        at: usize,
        gender: Option<Gender>,
        last_speaker: Option<&'m Mention>,
    ) -> Option<&'m Mention> {
        const MAX_CANDIDATES: usize = 12;
        if let Some(subject) = self.recent_sentence_subject(at, gender) {
            return Some(subject);
        }
        if let Some(speaker) = last_speaker.filter(|m| self.may_be_meant(m, at, gender)) {
            return Some(speaker);
        }
        let mut fallback = None;
        let mut seen = 0;
        for m in self.mentions_before(at) {
            if !self.is_person_like(m) || m.span.end > at || self.byte_in_quote(m.span.start) {
                continue;
            }
            seen += 1;
            if seen > MAX_CANDIDATES {
                break;
            }
            if !self.gender_fits(m, gender) || self.named_in_current_quote(m) {
                continue;
            }
            if !self.is_object(m) {
                return Some(m);
            }
            fallback = fallback.or(Some(m));
        }
        fallback
    }

    /// Whether a pronoun of `gender` at byte `at` may mean `person`: of that
    /// gender, or of none known while no one named after it has that
    /// gender ('"…," said Sam Reyes. Analysts, including Maria Lopez,
    /// doubted it. "…," she said' is not Sam Reyes).
    fn may_be_meant(&self, person: &Mention, at: usize, gender: Option<Gender>) -> bool {
        if self.named_in_current_quote(person) {
            return false;
        }
        let Some(want) = gender else {
            return true;
        };
        match self.person_gender(person) {
            Some(has) => has == want,
            None => !self.mentions_in(person.span.end, at).any(|m| {
                self.is_person_like(m)
                    && !self.byte_in_quote(m.span.start)
                    && self.person_gender(m) == Some(want)
            }),
        }
    }

    /// The named person who said the last attributed quote, when that quote
    /// is in the sentence of token `tok` or one of the two before: their
    /// latest mention before `tok`.
    fn last_speaker(&self, tok: usize, prev: &[(usize, Speaker, usize)]) -> Option<&'m Mention> {
        let (_, speaker, sentence) = prev.last()?;
        let canonical = speaker.canonical.as_deref().filter(|_| !speaker.org)?;
        if self.sentence_index(tok) > sentence + 2 {
            return None;
        }
        let at = self.toks.get(tok)?.start;
        self.mentions_before(at)
            .find(|m| m.kind == EntityKind::Person && self.canonical_of(m) == canonical)
    }

    /// The previous quote's described speaker ("said one woman who …"),
    /// for a pronoun at token `tok` of the description's gender (or, when
    /// `no_one_else`, no named person, could be meant, of a description
    /// with no gender that is not a document's: '"…," said one trader.
    /// "…," he added'), when that quote opened at most two
    /// sentences before this one and no person the pronoun may mean is
    /// named in between: '"…," said one woman …. Her neighbour, Dennis
    /// Walsh, 80, said he …. "…," she added.'
    fn described_last_speaker(
        &self,
        tok: usize,
        gender: Gender,
        prev: &[(usize, Speaker, usize)],
        no_one_else: bool,
    ) -> Option<Speaker> {
        let (close, speaker, sentence) = prev.last()?;
        if speaker.canonical.is_some() || speaker.org {
            return None;
        }
        let described = speaker.text.to_lowercase();
        let mut genders = speaker
            .text
            .split_whitespace()
            .zip(described.split_whitespace())
            .filter_map(|(word, lw)| word_gender(word, lw));
        // Without a gender, the description must not be a document's ("a
        // new case report" is not a he).
        let fits = match genders.next() {
            Some(first) => first == gender && genders.all(|g| g == gender),
            None => no_one_else && !described.split_whitespace().any(is_document_noun),
        };
        if !fits {
            return None;
        }
        let open = self.current_quote.get().0;
        if self.sentence_index(tok.min(self.quote_open_token())) > sentence + 2 {
            return None;
        }
        let from = self.toks.get(*close)?.end;
        let at = self.toks.get(tok)?.start.min(open);
        let named_between = from < at
            && self.mentions_in(from, at).any(|m| {
                self.is_person_like(m) && self.person_gender(m).is_none_or(|g| g == gender)
            });
        (!named_between).then(|| speaker.clone())
    }

    /// Whether the mention follows a word that makes it an object ("told X").
    fn is_object(&self, m: &Mention) -> bool {
        self.is_object_at(crate::canonical::scan::tok_at_or_after(
            &self.toks,
            m.span.start,
        ))
    }

    /// Whether the phrase opening at token `k` is an object ("told X",
    /// "from an uncle").
    fn is_object_at(&self, k: usize) -> bool {
        // "according to Aisha Rahman": the source speaks. "As for Fenwick,
        // he …": the topic.
        // "I spoke to Deb Hanlon, …": the person interviewed, who speaks
        // next.
        let source = k >= 2
            && matches!(
                (self.lw(k - 2), self.lw(k - 1)),
                ("according", "to") | ("as", "for") | ("spoke" | "talked", "to" | "with")
            );
        k > 0 && is_object_marker(self.lw(k - 1)) && !source
    }

    /// Whether a mention is a possessor ("Lefèvre's union"): what follows
    /// it, not the person, does what the sentence says.
    fn is_possessor(&self, m: &Mention) -> bool {
        let rest = self.view.text.get(m.span.end..).unwrap_or_default();
        let mark = ["'s", "’s", "'", "’"]
            .into_iter()
            .find(|p| rest.starts_with(p));
        mark.is_some_and(|p| !rest[p.len()..].starts_with(char::is_alphanumeric))
    }

    /// A person's gender from an honorific before any of its mentions, its
    /// first name, or the first he/she/his/her after one of its mentions as
    /// a subject, in the same or the next sentence, with no other person in
    /// between and not itself the subject of a speech verb.
    pub(super) fn person_gender(&self, person: &Mention) -> Option<Gender> {
        if person.kind != EntityKind::Person {
            return None;
        }
        let canonical = canonical_str(person);
        let same = |m: &Mention| m.kind == EntityKind::Person && canonical_str(m) == canonical;
        let mentions = || self.order.iter().map(|&k| &self.mentions[k]);
        // This mention's own title first: "Mrs Fiddler" is the widow even
        // where the dead man's "Fiddler" shares her canonical name.
        let titled = std::iter::once(person).chain(mentions().filter(|m| same(m)));
        for m in titled.take(MAX_GENDER_MENTIONS) {
            let k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.start);
            let title_tok = if k >= 2 && self.w(k - 1) == "." {
                k - 2
            } else {
                k.wrapping_sub(1)
            };
            let first_word = m.text.split_whitespace().next().unwrap_or("");
            if let Some(g) = title_gender(self.w(title_tok)).or_else(|| title_gender(first_word)) {
                return Some(g);
            }
            // "Her boyfriend Reece Kavanagh", "his wife Ann": a gendered
            // noun set right before the name (no comma) is the person.
            if let Some(g) = k.checked_sub(1).and_then(|j| noun_gender(self.lw(j))) {
                return Some(g);
            }
        }
        // "Mayor Ana Ruiz": a role opening the name is not its first name.
        let mut words = canonical
            .split_whitespace()
            .skip_while(|w| crate::canonical::is_role_head_in_any_case(w))
            .peekable();
        let first = words.next();
        let one_word = words.peek().is_none();
        // A name the article never writes in full is a first name more
        // often than a surname ("Her husband, Frank,"), since news names
        // people in full at least once; unless it is a common surname too.
        if let Some(g) = first
            .filter(|w| !one_word || !is_common_surname(w))
            .and_then(first_name_gender)
        {
            return Some(g);
        }
        // "Librarian Tom Reed": a capitalised word the tagger took in
        // before a three-word name's given name.
        let second = words.next();
        if let Some(g) = second
            .filter(|_| words.peek().is_some())
            .and_then(first_name_gender)
        {
            return Some(g);
        }
        // Only from a mention in subject position, and not from the pronoun
        // of an attribution ('“…,” she said'), which is what is being resolved.
        for m in mentions()
            .filter(|m| same(m) && !self.is_object(m))
            .take(MAX_GENDER_MENTIONS)
        {
            let from = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
            let si = self.sentence_index(from.min(self.toks.len().saturating_sub(1)));

            let until = self
                .sent
                .get(si + 1)
                .or_else(|| self.sent.get(si))
                .map_or(from, |&(_, b)| b)
                .min(self.toks.len())
                .min(from + LOOKBACK_TOKENS);
            let other_person_at = |k: usize| {
                let t = self.toks[k];
                self.mentions_in(t.start, t.end.max(t.start + 1) + 64)
                    .any(|o| o.span.start == t.start && o.kind == EntityKind::Person && !same(o))
            };
            for k in from..until {
                if self.in_quote[k] {
                    continue;
                }
                if let Some(g) = pronoun_gender(self.lw(k)) {
                    if speech(self.lv(k + 1)) != Some(Speech::Finite) {
                        return Some(g);
                    }
                }
                if starts_upper(self.w(k)) && other_person_at(k) {
                    break;
                }
            }
        }
        None
    }

    /// What "the company" means before byte `at`: the organisation the
    /// article has named most often so far outside quotes (news agencies
    /// aside), the first of equals (a lede names its company before the
    /// pollster or the broker it cites).
    fn main_organisation_before(&self, at: usize) -> Option<&'m Mention> {
        self.most_named_before(at, |m| {
            m.kind == EntityKind::Organisation
                && !is_news_agency(canonical_str(m))
                && !is_public_body_or_union(canonical_str(m))
        })
    }

    /// Of the mentions before byte `at`, outside quotes, that `keep`
    /// accepts: the one whose canonical name is written most often, the
    /// first of equals.
    fn most_named_before(&self, at: usize, keep: impl Fn(&Mention) -> bool) -> Option<&'m Mention> {
        let upto = self
            .order
            .partition_point(|&k| self.mentions[k].span.start < at);
        let kept: Vec<&Mention> = self.order[..upto]
            .iter()
            .map(|&k| &self.mentions[k])
            .filter(|m| !self.byte_in_quote(m.span.start) && keep(m))
            .collect();
        let names: Vec<String> = kept.iter().map(|m| self.canonical_of(m)).collect();
        let count = |name: &String| names.iter().filter(|n| *n == name).count();
        (0..kept.len())
            .max_by_key(|&i| (count(&names[i]), std::cmp::Reverse(i)))
            .map(|i| kept[i])
    }

    /// The personal pronoun opening the sentence at token `sa` (after at
    /// most two connectives, "Then", "But so"), before token `v`: the
    /// subject of a verb coordinated after others ("You open the file, look
    /// at the page and think, "…"").
    pub(super) fn opening_pronoun(&self, sa: usize, v: usize) -> Option<(usize, usize)> {
        let connective = |k: usize| matches!(self.lw(k), "then" | "but" | "so" | "and" | "now");
        let k = (sa..(sa + 3).min(v)).find(|&k| !connective(k))?;
        (!self.in_quote[k] && matches!(self.lw(k), "you" | "i" | "we" | "he" | "she" | "they"))
            .then_some((k, k))
    }

    /// Whether the quote opening at token `open` opens a line right after
    /// a line of the writer's that ends in a question mark: an interview's
    /// answer ("Why come back now?" / "Honestly, I missed it.").
    pub(super) fn answers_a_question_line(&self, open: usize) -> bool {
        let newline = |k: usize| self.toks[k].kind == TokKind::Newline;
        let mut k = open;
        if k == 0 || !newline(k - 1) {
            return false;
        }
        while k > 0 && newline(k - 1) {
            k -= 1;
        }
        k > 0 && self.w(k - 1) == "?" && !self.in_quote[k - 1]
    }

    /// The person the article names most often, outside quotes, before
    /// byte `at` (the earliest of equals): an interview's subject.
    pub(super) fn main_person_before(&self, at: usize) -> Option<Speaker> {
        let person = self.most_named_before(at, |m| m.kind == EntityKind::Person)?;
        Some(Speaker {
            text: strip_possessive(person.text.trim()).to_string(),
            canonical: Some(self.canonical_of(person)),
            org: false,
        })
    }

    pub(super) fn resolve(&self, np: (usize, usize), prev: &[(usize, Speaker, usize)]) -> Speaker {
        // "… and both independent analysts say", "as one neo-bank CEO put
        // it": the conjunction is not part of who speaks. Matched as
        // written, not lower-cased: "AS Roma said" is a club.
        if np.1 > np.0 && matches!(self.w(np.0), "and" | "as" | "but" | "or") {
            return self.resolve((np.0 + 1, np.1), prev);
        }
        // "Mr. Hale's colleague, Councilwoman June Park, was …": the name
        // set beside a description is who speaks.
        if self.is_description(np) {
            if let Some(name) = self.apposed_person(np.1 + 1) {
                return self.resolve(name, prev);
            }
        }
        let (a, b) = self.byte_range(np.0, np.1);
        // "The second time he said": the pronoun ending a phrase with no
        // name in it is the subject.
        if np.1 > np.0
            && matches!(self.lw(np.1), "he" | "she")
            && self.mentions_in(a, b).next().is_none()
        {
            return self.resolve((np.1, np.1), prev);
        }
        let phrase = strip_possessive(self.text[a..b].trim()).trim().to_string();
        // A first-person writer's "I told myself, "…"": the byline's author,
        // when the article names one.
        if phrase == "I" && !self.lower.contains("as told to") {
            let mut authors = self
                .mentions
                .iter()
                .filter(|m| m.zone == newsmill_types::Zone::Byline && m.kind == EntityKind::Person);
            if let (Some(author), None) = (authors.next(), authors.next()) {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(author)),
                    org: false,
                };
            }
        }
        let inside: Vec<&Mention> = self.mentions_in(a, b).collect();
        // 'said Stich about the unfairness of moving up Agassi': a phrase
        // that opens with a name (not a possessor's) and goes on with a
        // clause of topic or time is that person's; else the last person
        // named in it ("the wife of Tom Beck", "Dole campaign manager Scott
        // Reed").
        let opening = inside.first().filter(|m| {
            m.kind == EntityKind::Person
                && m.span.start == a
                && !self.is_possessor(m)
                && matches!(
                    self.lw(crate::canonical::scan::tok_at_or_after(
                        &self.toks, m.span.end
                    )),
                    "about" | "on" | "after" | "before" | "when" | "while" | "as" | "during"
                )
        });
        let person = opening.or_else(|| inside.iter().rev().find(|m| m.kind == EntityKind::Person));
        if let Some(p) = person {
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
            // "a WeWork spokesperson", "one Weibo commenter": the name only
            // modifies a common-noun head, so the speaker is described.
            let head_after_name = self
                .text
                .get(p.span.end..b)
                .and_then(|rest| rest.split_whitespace().last())
                .is_some_and(|last| last.starts_with(|c: char| c.is_lowercase()));
            let quantified = determiner
                || matches!(
                    self.lower
                        .get(a..b)
                        .and_then(|x| x.split_whitespace().next()),
                    Some("one" | "another" | "some")
                );
            // "Holt's lawyer": someone described through X, not X.
            let possessor = self.is_possessor(p);
            if (on_behalf || head_after_name) && (quantified || possessor) {
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
        // "the Democratic Senate candidate", "the Apple chief": a person
        // described through an organisation, not the organisation.
        let person_head = words.first() == Some(&"the")
            && words.len() > 2
            && words.last().is_some_and(|w| is_person_noun(w))
            && !phrase.ends_with(|c: char| c.is_uppercase());
        if let Some(o) = inside.iter().filter(|_| !person_head).find(|m| {
            matches!(m.kind, EntityKind::Organisation) && !is_news_agency(canonical_str(m))
        }) {
            return Speaker {
                text: phrase,
                canonical: Some(self.canonical_of(o)),
                org: true,
            };
        }
        // "The police department said in a Facebook post that … “…,” the
        // post said": a document speaks for whoever issued it.
        if let (2, Some(&"the"), Some(&noun)) = (words.len(), words.first(), words.get(1)) {
            if let Some(issuer) = is_document_noun(noun)
                .then(|| self.issuer_of_document_before(np.0, noun))
                .flatten()
            {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(issuer)),
                    org: issuer.kind == EntityKind::Organisation,
                };
            }
            // "Another victim, a retired couple, said in a written statement
            // that …. "…," the statement said": the described issuer.
            if let Some((d0, d1)) = is_document_noun(noun)
                .then(|| self.described_issuer_before(np.0, noun))
                .flatten()
            {
                return self.described_speaker(d0, d1);
            }
        }
        // "Dealers said …. "…," one said": one of the group just named.
        if let (1, Some(&lead @ ("one" | "another"))) = (words.len(), words.first()) {
            if let Some(member) = self.group_member_before(np.0) {
                return Speaker {
                    text: phrase,
                    canonical: Some(format!("{lead} {member}")),
                    org: false,
                };
            }
        }
        // '"…," his statement said': the man the pronoun stands for.
        if let (2, Some(&owner @ ("his" | "her")), Some(&noun)) =
            (words.len(), words.first(), words.get(1))
        {
            // "The statement from Morris said …. "…," his statement said":
            // the person the text already names as its issuer, when the
            // pronoun may mean them.
            let person = is_document_noun(noun)
                .then(|| {
                    let gender = pronoun_gender(owner);
                    self.issuer_of_document_before(np.0, noun)
                        .filter(|m| {
                            m.kind == EntityKind::Person
                                && !self.named_in_current_quote(m)
                                && self
                                    .person_gender(m)
                                    .is_none_or(|g| gender.is_none_or(|w| w == g))
                        })
                        .or_else(|| {
                            self.pronoun_antecedent_after(a, gender, self.last_speaker(np.0, prev))
                        })
                })
                .flatten();
            if let Some(person) = person {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(person)),
                    org: false,
                };
            }
        }
        let si = self.sentence_index(np.0);
        // "he’d respond": the pronoun of a contracted modal.
        let pronoun = words.first().map(|w| strip_modal(w));
        // "him"/"her": the object of "quoted … as saying".
        let pronoun_like = |p: &&str| is_person_pronoun(p) || matches!(*p, "him" | "her" | "his");
        if let (1, Some(pronoun)) = (words.len(), pronoun.filter(pronoun_like)) {
            let gender = pronoun_gender(pronoun);
            let person = self.person_asked_before(np.0, gender, prev).or_else(|| {
                self.pronoun_antecedent_after(a, gender, self.last_speaker(np.0, prev))
            });
            // "WIRED spoke to one mother, who … “…,” she said": a described
            // person of the pronoun's gender nearer than any name.
            // "The county's lawyer, speaking to reporters, said …. "…," she
            // said": the described subject of the last attribution.
            let described = gender
                .and_then(|g| self.gendered_description_before(np.0, g, false))
                .or_else(|| self.description_attributed_before(np.0, gender))
                .or_else(|| gender.and_then(|g| self.gendered_description_before(np.0, g, true)));
            if let Some((d0, d1)) = described {
                // Not when it is a name's apposition ("Col. X, a spokesman,").
                // A name inside the description ("One fisherman in
                // neighbouring Kuakata") is one of its modifiers.
                let apposition_start = self.toks[d0.saturating_sub(3)].start;
                let (x, y) = self.byte_range(d0, d1);
                if person.is_none_or(|m| {
                    m.span.end < apposition_start || (m.span.start >= x && m.span.end <= y)
                }) {
                    let described = self.text[x..y].to_string();
                    let lower = described.to_lowercase();
                    let words: Vec<&str> = lower.split_whitespace().collect();
                    return Speaker {
                        canonical: self
                            .role_holder_before(x, &words)
                            .map(|m| self.canonical_of(m)),
                        text: described,
                        org: false,
                    };
                }
            }
            if let Some(speaker) =
                gender.and_then(|g| self.described_last_speaker(np.0, g, prev, person.is_none()))
            {
                return speaker;
            }
            return Speaker {
                text: phrase,
                canonical: person.map(|m| self.canonical_of(m)),
                org: false,
            };
        }
        // "The 56-year-old", "the woman", "the former Wales defender": a
        // definite description of a person refers back like a pronoun.
        if let Some(head) = definite_person_head(&phrase, &words) {
            // "the 68-year-old" is the person written with that age ("Wes
            // Kendrick, 68,"), whoever was named since.
            let aged = words
                .iter()
                .find_map(|w| w.strip_suffix("-year-old"))
                .and_then(|age| self.person_of_age_before(a, age));
            if let Some(person) = aged.or_else(|| self.pronoun_antecedent(a, noun_gender(head))) {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(person)),
                    org: false,
                };
            }
        }
        // "the governor" -> the person last written with that role ("Gov.
        // Linda Marsh", "Governor Marsh").
        // "her son added" -> the person introduced as "Her son, Patrick
        // MacAllister,".
        if let (2, Some(&("the" | "her" | "his" | "their")), Some(&role)) =
            (words.len(), words.first(), words.get(1))
        {
            if let Some(person) = self.person_titled_before(a, role) {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(person)),
                    org: false,
                };
            }
        }
        // "the cabinet member" -> the person introduced with that role in
        // apposition ("Harriet Osei-Mensah, the council's cabinet member
        // for highways") or before the name ("cabinet member Harriet …").
        if let Some(person) = self.role_holder_before(a, &words) {
            return Speaker {
                text: phrase,
                canonical: Some(self.canonical_of(person)),
                org: false,
            };
        }
        // "A Ministry of Housing spokesperson said …. "…," the spokesperson
        // said": the unnamed person just described, as the article first
        // wrote them.
        if let (2, Some(&"the"), Some(&noun)) = (words.len(), words.first(), words.get(1)) {
            let introduced = self.described_speaker_before(np.0, noun);
            if let Some((d0, d1)) = introduced {
                let (x, y) = self.byte_range(d0, d1);
                return Speaker {
                    text: phrase,
                    canonical: Some(self.text[x..y].to_string()),
                    org: false,
                };
            }
            // "Bakare, whose last film was a hit, said he spent two years
            // there. "…," the director said": a role no one was named with
            // is the person the sentences before are about.
            let topic = (crate::canonical::is_role_head(noun) && !is_company_noun(noun))
                .then(|| self.recent_sentence_subject(a, None))
                .flatten();
            if let Some(person) = topic.filter(|m| m.kind == EntityKind::Person) {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(person)),
                    org: false,
                };
            }
        }
        // "The San Jose-based company", "the Seoul-based chipmaker": the
        // company the article is about, as "the company" is.
        if words.len() > 2
            && words.len() <= 5
            && words[0] == "the"
            && words.last().is_some_and(|w| is_company_noun(w))
        {
            let written: Vec<&str> = phrase.split_whitespace().collect();
            let modifiers_fit = written[1..written.len() - 1]
                .iter()
                .all(|w| w.contains('-') || starts_upper(w));
            if let Some(o) = modifiers_fit
                .then(|| self.main_organisation_before(a))
                .flatten()
            {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(o)),
                    org: true,
                };
            }
        }
        // "the union" -> the nearest organisation before whose name ends in
        // "Union"; "the doctors" -> one whose name has the word "Doctors";
        // "the university" -> one named "University of …"; "the
        // ministry's press service" -> the ministry's.
        let owner = words
            .get(1)
            .and_then(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
            .filter(|_| words.len() >= 3 && words.len() <= 5);
        let alone = (words.len() == 2).then(|| words[1]);
        if let Some(noun) = owner.or(alone).filter(|_| words[0] == "the") {
            let org = self.mentions_before(a).find(|m| {
                m.kind == EntityKind::Organisation
                    && !self.byte_in_quote(m.span.start)
                    && self.org_called(m, noun)
            });
            if let Some(o) = org.or_else(|| {
                (alone.is_some() && is_company_noun(noun))
                    .then(|| {
                        self.org_opening_sentence_before(a)
                            .or_else(|| self.main_organisation_before(a))
                    })
                    .flatten()
            }) {
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
            let here = self
                .mentions_in(self.toks[sa].start, a)
                .find(|m| m.kind == EntityKind::Organisation && !is_news_agency(canonical_str(m)));
            // Singular "they" for a named person who was just quoted or
            // reported ("Kym Lino, a spokesperson for X, confirmed … "…,"
            // they said").
            if lower_phrase == "they" {
                if let Some(person) = self.person_attributed_before(np.0) {
                    return Speaker {
                        text: phrase,
                        canonical: Some(self.canonical_of(person)),
                        org: false,
                    };
                }
            }
            let before = here.or_else(|| {
                let (pa, pb) = self.sent.get(si.checked_sub(1)?).copied()?;
                let (x, y) = self.byte_range(pa, pb.saturating_sub(1).max(pa));
                self.mentions_in(x, y).find(|m| {
                    m.kind == EntityKind::Organisation && !is_news_agency(canonical_str(m))
                })
            });
            if let Some(o) = before {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(o)),
                    org: true,
                };
            }
            // "…, the authors acknowledge. "…," they write": the people
            // last written as speaking, as described.
            if let Some((d0, d1)) = (lower_phrase == "they")
                .then(|| self.plural_speakers_before(np.0))
                .flatten()
            {
                return self.described_speaker(d0, d1);
            }
            // "The union was quick to respond. "…," it said": a body
            // named by a common noun opening this sentence or the one
            // before, as described.
            if lower_phrase == "it" {
                if let Some(o) = self.medium_opening_sentence_before(np.0) {
                    return Speaker {
                        text: phrase,
                        canonical: Some(self.canonical_of(o)),
                        org: true,
                    };
                }
                if let Some((x, y)) = self.body_opening_sentence(si) {
                    return Speaker {
                        text: self.text[x..y].to_string(),
                        canonical: None,
                        org: true,
                    };
                }
                if let Some(o) = self
                    .org_subject_before_quote(np.0)
                    .or_else(|| self.speaking_place_before(np.0))
                {
                    return Speaker {
                        text: phrase,
                        canonical: Some(self.canonical_of(o)),
                        org: true,
                    };
                }
            }
            // Else the previous quote's organisation.
        }
        // "said a commentary in the official China Daily": a newspaper's
        // own commentary or editorial is the newspaper's.
        if let (2, Some(&("a" | "an" | "the")), Some(&("commentary" | "editorial"))) =
            (words.len(), words.first(), words.get(1))
        {
            let paper = (np.1 + 1..(np.1 + 6).min(self.toks.len()))
                .take_while(|&k| !self.in_quote[k] && self.w(k) != ".")
                .skip_while(|&k| !matches!(self.lw(k), "in" | "of" | "by"))
                .find_map(|k| {
                    self.mention_at(k)
                        .filter(|m| m.kind == EntityKind::Organisation)
                });
            if let Some(o) = paper {
                return Speaker {
                    text: phrase,
                    canonical: Some(self.canonical_of(o)),
                    org: true,
                };
            }
        }
        // "… the newspaper said", "… the commentary said": what the
        // organisation quoted just before wrote.
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
                        | "commentary"
                        | "editorial"
                        | "newspaper"
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
            // "a company spokeswoman": the company the article is about.
            if words.len() <= 4 && words.iter().any(|w| is_company_noun(w)) {
                if let Some(o) = self.main_organisation_before(a) {
                    return Speaker {
                        text: phrase,
                        canonical: Some(self.canonical_of(o)),
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

/// The head noun of a definite description of a person ("the 56-year-old",
/// "the woman", "the former Wales defender", "the 34-year-old Swede"):
/// "the", at most three modifiers (an age, a capitalised name of a
/// country or team, or a word such as "former" or "veteran"), then an age,
/// a gendered noun or a person epithet; or, with an age among up to four
/// modifiers, any noun but a company's ("the 32-year-old national team
/// captain"). `words` are `phrase`'s words lower-cased.
fn definite_person_head<'w>(phrase: &str, words: &[&'w str]) -> Option<&'w str> {
    let (&head, middle) = words.get(1..)?.split_last()?;
    if words.first() != Some(&"the") || middle.len() > 4 {
        return None;
    }
    // An age says a person whatever the other words ("the 32-year-old
    // national team captain"), unless the head is a company's.
    if middle.iter().any(|w| w.ends_with("-year-old"))
        && head.chars().all(char::is_alphabetic)
        && !is_company_noun(head)
    {
        return Some(head);
    }
    if middle.len() > 3 {
        return None;
    }
    let is_head =
        head.ends_with("-year-old") || noun_gender(head).is_some() || is_person_epithet(head);
    let written: Vec<&str> = phrase.split_whitespace().collect();
    let modifiers_fit = middle.iter().enumerate().all(|(k, w)| {
        w.ends_with("-year-old")
            || matches!(
                *w,
                "former" | "ex" | "veteran" | "experienced" | "young" | "retired" | "new"
            )
            || written
                .get(k + 1)
                .is_some_and(|x| x.starts_with(|c: char| c.is_uppercase()))
    });
    (is_head && modifiers_fit).then_some(head)
}

/// Whether `quote` names someone by a short form of the given name `given`
/// ("Nanay Cora cried" for Corazon): a capitalised word of four letters or
/// more that begins `given` and is shorter, inside a sentence (a
/// sentence's first word, as "Will" or "Dona", may be any word) and not
/// the start of a contraction ("Don't").
fn short_form_in(quote: &str, given: &str) -> bool {
    const MIN_SHORT_FORM: usize = 4;
    // Most quotes hold no word that begins the name: one search says so.
    let Some((stem_end, _)) = given.char_indices().nth(MIN_SHORT_FORM) else {
        return false;
    };
    if !quote.contains(&given[..stem_end]) {
        return false;
    }
    let mut prev_char = None;
    let mut rest = quote;
    while let Some(i) = rest.find(|c: char| c.is_alphanumeric()) {
        let before = rest[..i].trim_end().chars().next_back().or(prev_char);
        let word_len = rest[i..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len() - i);
        let word = &rest[i..i + word_len];
        let after = rest[i + word_len..].chars().next();
        let mid_sentence =
            before.is_some_and(|c| !matches!(c, '.' | '!' | '?' | ':' | '"' | '“' | '‘' | '«'));
        if mid_sentence
            && starts_upper(word)
            && word.chars().count() >= MIN_SHORT_FORM
            && word.len() < given.len()
            && given.starts_with(word)
            && !matches!(after, Some('\'' | '’'))
        {
            return true;
        }
        prev_char = word.chars().next_back();
        rest = &rest[i + word_len..];
    }
    false
}
