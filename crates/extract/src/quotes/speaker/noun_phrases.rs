//! Noun phrases before and after a speech verb: subjects, appositions,
//! possessors, agents, the names a phrase opens with.

use super::*;

impl<'t, 'm> Ctx<'t, 'm> {
    /// "A woman in a pink swimming hat, …": an indefinite description of a
    /// person opening the clause at token `lo` (before `limit`), up to its
    /// first comma.
    pub(super) fn described_subject_opening(
        &self,
        lo: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn np_before(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
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
    pub(super) fn leading_time_phrase(&self, s: usize, e: usize) -> usize {
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
    pub(in crate::quotes) fn quoted_as_saying(
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
    pub(in crate::quotes) fn reported_speaker_before(&self, open: usize) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn bracketed_acronym_end(&self, open: usize) -> Option<usize> {
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
    pub(in crate::quotes) fn np_before_apposition(
        &self,
        lo: usize,
        v: usize,
    ) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn possessor_before(
        &self,
        lo: usize,
        v: usize,
    ) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn issuer_before(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn coordinated_subject(
        &self,
        sa: usize,
        v: usize,
    ) -> Option<(usize, usize)> {
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
    pub(super) fn described_person_opening(&self, opening: usize, v: usize) -> Option<usize> {
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
    pub(in crate::quotes) fn passive_agent(
        &self,
        open: usize,
        close: usize,
    ) -> Option<(usize, usize)> {
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
            k > 0
                && (is_be_form(self.lw(k - 1))
                    || k > 1 && self.lw(k - 1).ends_with("ly") && is_be_form(self.lw(k - 2)))
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
    pub(in crate::quotes) fn remark_by_before(&self, open: usize) -> Option<(usize, usize)> {
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
    pub(super) fn agent_named_at(&self, from: usize) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn sentence_subject(
        &self,
        sa: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn apposed_person(&self, comma: usize) -> Option<(usize, usize)> {
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
    pub(super) fn is_description(&self, np: (usize, usize)) -> bool {
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
    pub(in crate::quotes) fn role_then_name(&self, from: usize) -> Option<(usize, usize)> {
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

    pub(in crate::quotes) fn plausible_speaker_after(&self, np: (usize, usize)) -> bool {
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
    pub(in crate::quotes) fn plausible_noun_phrase(&self, np: (usize, usize)) -> bool {
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
    pub(super) fn token_after_name_at(&self, j: usize) -> Option<usize> {
        let m = self
            .mention_at(j)
            .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation))?;
        Some(crate::canonical::scan::tok_at_or_after(
            &self.toks, m.span.end,
        ))
    }

    /// The last token of a person's name starting at token `j` (outside quotes).
    pub(in crate::quotes) fn person_name_end_at(&self, j: usize) -> Option<usize> {
        let m = self
            .mention_at(j)
            .filter(|m| m.kind == EntityKind::Person)?;
        let after = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
        (after > j).then_some(after - 1)
    }

    /// '"…," Benioff weighed in': the last token of a person or organisation
    /// name starting at token `j` when a lower-case verb-like word (ending
    /// in "-ed" or "-s") follows it in the same sentence.
    pub(in crate::quotes) fn named_subject_of_verb(&self, j: usize) -> Option<usize> {
        let after = self.token_after_name_at(j)?;
        let verb = self.lv(after);
        let verb_like = verb.len() > 3 && (verb.ends_with("ed") || verb.ends_with('s'));
        (after > j && verb_like && !self.in_quote.get(after).copied().unwrap_or(true))
            .then_some(after - 1)
    }

    /// Whether token `j` starts a person or organisation name directly
    /// followed by a finite speech verb ('“…” Mayer said.', a quote closed
    /// without its comma).
    pub(in crate::quotes) fn named_speaker_follows(&self, j: usize) -> bool {
        self.token_after_name_at(j)
            .is_some_and(|after| speech(self.lv(after)) == Some(Speech::Finite))
    }

    /// '"…," Geoffrey Berman, the U.S. attorney for the Southern District
    /// of New York, said': the last token of a name starting at token `j`
    /// when a comma follows it and the same sentence goes on, outside
    /// quotes and within 40 tokens, to ", [has] said" (any finite speech
    /// verb after a comma and auxiliaries).
    pub(in crate::quotes) fn name_before_long_apposition(&self, j: usize) -> Option<usize> {
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
}
