//! Speakers described instead of named: groups, roles said again,
//! descriptions of a gender, documents and who issued them, the person a
//! question was put to.

use super::*;

impl<'t, 'm> Ctx<'t, 'm> {
    /// A speech verb in the present of a plural subject at token `v`
    /// ("they write", "the authors acknowledge"), which the verb list knows
    /// only in its third-person form ("writes").
    pub(in crate::quotes) fn plural_present_speech(&self, v: usize) -> bool {
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
    pub(super) fn plural_speakers_before(&self, at: usize) -> Option<(usize, usize)> {
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

    /// Singular "they" for someone the article keeps unnamed: "The
    /// ex-partner suspected that …. "…," they testified": a definite
    /// description of one person ("the", a few words, a singular person
    /// noun, then a lower-case verb) opening the sentence before the one of
    /// token `at`, with no plural of people from there to `at`. Its first
    /// and last tokens.
    pub(super) fn singular_person_opening_before(&self, at: usize) -> Option<(usize, usize)> {
        let si = self.sentence_index(at);
        let (lo, _) = self.sent.get(si.checked_sub(1)?).copied()?;
        let opening = (lo..at).find(|&k| self.toks[k].kind != TokKind::Newline)?;
        if self.lw(opening) != "the" || self.in_quote[opening] {
            return None;
        }
        let (_, sentence_end) = self.sentence_of(opening);
        let noun = self.described_person_opening(opening, sentence_end.min(at))?;
        let head = self.lw(noun).rsplit('-').next().unwrap_or("");
        let singular = !head.ends_with('s') || head.ends_with("ss");
        let others = (opening..at).any(|k| {
            !self.in_quote[k] && k != noun && person_plural_singular(self.lw(k)).is_some()
        });
        (singular && !others).then_some((opening, noun))
    }

    /// The singular of the nearest plural of people ("dealers",
    /// "witnesses") outside quotes in the sentence of token `at` or the one
    /// before (two before when that one opens with "they"): whom a bare
    /// "one said" is one of.
    pub(super) fn group_member_before(&self, at: usize) -> Option<String> {
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
    pub(super) fn gendered_description_before(
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
    pub(super) fn neutral_subject_opening(&self, det: usize) -> bool {
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
    pub(super) fn only_pronoun_of(&self, sa: usize, gender: Gender) -> bool {
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
    pub(super) fn described_speaker_before(&self, at: usize, noun: &str) -> Option<(usize, usize)> {
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
    pub(super) fn reported_by_named_person(&self, k: usize) -> bool {
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
    pub(super) fn description_attributed_before(
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
    pub(super) fn person_titled_before(&self, at: usize, role: &str) -> Option<&'m Mention> {
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
    pub(super) fn apposition_head(&self, m: &Mention) -> Option<usize> {
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
    pub(super) fn role_holder_before(&self, at: usize, words: &[&str]) -> Option<&'m Mention> {
        let (3..=4, Some(&"the")) = (words.len(), words.first()) else {
            return None;
        };
        let role = &words[1..];
        let person_role = role
            .last()
            .is_some_and(|w| is_person_noun(w) || *w == "member");
        // Any other noun is a role only when it heads a person's
        // apposition ("Siobhan Doherty, the harbour master at Dublin
        // Port,"), not as one of its words ("X, the company's founder," is
        // not "the company").
        self.person_described_before(at, role, !person_role)
    }

    /// Whether `noun` (lower case) describes mention `m` in an apposition
    /// opening with an article: "The Harbour Pilots Association, the
    /// largest union on the docks," for "union".
    pub(super) fn described_in_apposition(&self, m: &Mention, noun: &str) -> bool {
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
    pub(super) fn apposition_after(&self, m: &Mention, max: usize) -> std::ops::Range<usize> {
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
    /// ("cabinet member X"); with `head_only`, only as the words that end
    /// the apposition's head ("X, the harbour master at Dublin Port,").
    pub(super) fn person_described_before(
        &self,
        at: usize,
        role: &[&str],
        head_only: bool,
    ) -> Option<&'m Mention> {
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
                if head_only {
                    return self
                        .apposition_head(m)
                        .filter(|&head| head < end && head + 1 >= role.len())
                        .is_some_and(|head| matches_at(head + 1 - role.len()));
                }
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
    pub(super) fn issuer_of_document_before(&self, at: usize, noun: &str) -> Option<&'m Mention> {
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

    /// '"A note, … signed by the victims, was addressed to …. "…," it
    /// said': who a document the sentence before the quote names is by
    /// ("a report by a private investigator", "a note signed by the
    /// victims", "a report by the detective Ann Lee"), up to the comma or
    /// verb that ends them: the person or organisation named there, else
    /// the description when it holds a person noun.
    pub(super) fn author_of_document_before(&self, at: usize) -> Option<Speaker> {
        const MAX_AGENT_WORDS: usize = 8;
        let si = self.sentence_index(at.min(self.quote_open_token()));
        let (sa, sb) = self.sent.get(si.checked_sub(1)?).copied()?;
        let sb = sb.min(self.toks.len());
        let noun = (sa..sb).find(|&k| !self.in_quote[k] && is_document_noun(self.lw(k)))?;
        let by = (noun + 1..sb.min(noun + 12)).find(|&j| self.lw(j) == "by")?;
        let start = by + 1;
        if !matches!(self.lw(start), "a" | "an" | "the" | "one") {
            return None;
        }
        // The agent runs to a comma, or to a verb: a word ending in "-ed"
        // that no "by" follows ("contracted by the industry" goes on).
        let end = (start + 1..sb.min(start + 1 + MAX_AGENT_WORDS))
            .take_while(|&k| self.is_word(k) && !self.in_quote[k])
            .take_while(|&k| {
                let w = self.lw(k);
                !(k > start + 1 && w.ends_with("ed") && self.lw(k + 1) != "by")
            })
            .last()?;
        let (x, y) = self.byte_range(start, end);
        if let Some(m) = self
            .mentions_in(x, y)
            .find(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation))
        {
            return Some(Speaker {
                text: self.text[x..y].to_string(),
                canonical: Some(self.canonical_of(m)),
                org: m.kind == EntityKind::Organisation,
            });
        }
        (start + 1..=end)
            .any(|k| is_person_noun(self.lw(k)) || person_plural_singular(self.lw(k)).is_some())
            .then(|| self.described_speaker(start, end))
    }

    /// An unnamed person speaking, as the text describes them between
    /// tokens `d0` and `d1`.
    pub(super) fn described_speaker(&self, d0: usize, d1: usize) -> Speaker {
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
    pub(super) fn described_issuer_before(&self, at: usize, noun: &str) -> Option<(usize, usize)> {
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
    pub(super) fn names_the_medium(&self, m: &Mention, noun: &str) -> bool {
        let k = crate::canonical::scan::tok_at_or_after(&self.toks, m.span.end);
        k < self.toks.len() && self.lw(k) == noun
    }

    /// The person named as the subject of the last speech verb outside
    /// quotes before token `at`, in its sentence or the one before ("Kym
    /// Lino, a spokesperson for Instagram, confirmed …").
    pub(super) fn person_attributed_before(&self, at: usize) -> Option<&'m Mention> {
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
    pub(super) fn last_speech_verb_before(&self, at: usize) -> Option<usize> {
        (self.lookback_start(at)..at)
            .rev()
            .find(|&v| !self.in_quote[v] && self.finite_speech_at(v))
    }

    /// '"One reporter asked Colin Marsh: "…?" "…," he said': the person
    /// the last speech verb before token `at` put a question to, when the
    /// question (the last quote in `prev`, ending in "?") stands between
    /// them.
    pub(super) fn person_asked_before(
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
}
