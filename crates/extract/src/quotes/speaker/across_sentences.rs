//! Attributions that reach across sentences: one closing the quote's
//! sentence, the next sentence that names the speaker, signatures, a
//! speaker carried on, the subject of a clause that ends in a colon.

use super::*;

impl<'t, 'm> Ctx<'t, 'm> {
    /// '“…” without aid, Ann Lee said.': the subject of a finite speech verb
    /// that ends the sentence of a quote closing at token `close`, after a
    /// comma, with no other quote in between and at most
    /// [`MAX_TAIL_TOKENS`] tokens after the quote; the subject is one to
    /// four words, capitalised or a pronoun (so "…, which he said." is not
    /// taken).
    pub(in crate::quotes) fn attribution_closing_sentence(
        &self,
        close: usize,
    ) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn named_by_next_sentence(
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
    pub(in crate::quotes) fn naming_sentence(
        &self,
        na: usize,
        nb: usize,
    ) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn signature_after(&self, close: usize) -> Option<(usize, usize)> {
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
    pub(in crate::quotes) fn continued_speaker(
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
    pub(super) fn attribution_in_previous_sentence(
        &self,
        open: usize,
    ) -> Option<(usize, (usize, usize))> {
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
    pub(super) fn asked_subject(&self, sa: usize, sb: usize) -> Option<(usize, (usize, usize))> {
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
    pub(in crate::quotes) fn colon_clause_subject(
        &self,
        sa: usize,
        colon: usize,
    ) -> Option<(usize, usize)> {
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
    pub(super) fn organisation_after_intro(
        &self,
        start: usize,
        colon: usize,
    ) -> Option<(usize, usize)> {
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
    pub(super) fn titled_clause_subject(
        &self,
        start: usize,
        colon: usize,
    ) -> Option<(usize, usize)> {
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
                        || modifies_a_title(self.lw(k))
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
    pub(super) fn body_opening_sentence(&self, si: usize) -> Option<(usize, usize)> {
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
    pub(super) fn topic_person_opening(&self, sa: usize) -> Option<(usize, usize)> {
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
    pub(super) fn verb_after_aside(&self, comma: usize) -> Option<usize> {
        const MAX_ASIDE_TOKENS: usize = 30;
        let verb = self.after_aside(comma, MAX_ASIDE_TOKENS)?;
        (self.is_word(verb) && !starts_upper(self.w(verb)) && !self.in_quote[verb]).then_some(verb)
    }

    /// Whether sentence `s` lies inside a quote (up to byte `at`): its
    /// first and last tokens are quoted (a sentence that opens and closes
    /// inside quotation marks is a quoted sentence; its ends are enough to
    /// check, and cheap: this runs at every look-back).
    pub(super) fn wholly_quoted(&self, s: usize, at: usize) -> bool {
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
    pub(super) fn quote_open_token(&self) -> usize {
        let open = self.current_quote.get().0;
        self.toks.partition_point(|t| t.end <= open)
    }

    /// The first token from token `k` on that is not a line break.
    pub(super) fn first_word_of(&self, k: usize) -> usize {
        (k..self.toks.len())
            .find(|&j| self.toks[j].kind != TokKind::Newline)
            .unwrap_or(k)
    }

    /// Where a look-back from token `at` starts: the start of the sentence
    /// before `at`'s, at most [`LOOKBACK_TOKENS`] back.
    pub(super) fn lookback_start(&self, at: usize) -> usize {
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
}
