//! What a pronoun or a definite description refers back to: sentence
//! subjects, topics, organisations, the people an article names most.

use super::*;

impl<'t, 'm> Ctx<'t, 'm> {
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
    pub(super) fn recent_sentence_subject(
        &self,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<&'m Mention> {
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
    pub(super) fn contrasted_subject(
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
    pub(super) fn titled_role_opening(&self, c: usize, at: usize) -> Option<&'m Mention> {
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
    pub(super) fn person_description_at(&self, c: usize, sb: usize) -> bool {
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
    pub(super) fn described_name_opening(
        &self,
        k: usize,
        sb: usize,
        at: usize,
    ) -> Option<&'m Mention> {
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
    pub(super) fn relative_clause_subject(&self, sa: usize, v: usize) -> Option<(usize, usize)> {
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
    pub(super) fn person_of_age_before(&self, at: usize, age: &str) -> Option<&'m Mention> {
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
    pub(super) fn org_opening_sentence_before(&self, at: usize) -> Option<&'m Mention> {
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
    pub(super) fn org_subject_before_quote(&self, tok: usize) -> Option<&'m Mention> {
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
    pub(super) fn medium_opening_sentence_before(&self, tok: usize) -> Option<&'m Mention> {
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
    pub(super) fn org_called(&self, m: &Mention, noun: &str) -> bool {
        org_named_by_noun(canonical_str(m), noun)
            || self.described_in_apposition(m, noun)
            || self.lw(self.token_after_mention(m)) == noun
            || crate::canonical::scan::tok_at_or_after(&self.toks, m.span.start)
                .checked_sub(1)
                .is_some_and(|before| self.lw(before) == noun)
    }

    /// The token range of the sentence before the one the current quote
    /// opens in (or token `tok`'s, when that comes first).
    pub(super) fn sentence_before_quote(&self, tok: usize) -> Option<(usize, usize)> {
        let si = self.sentence_index(tok.min(self.quote_open_token()));
        self.sent.get(si.checked_sub(1)?).copied()
    }

    /// "China said many countries had compromised. "…," it said": a place
    /// (a country speaking as its government) opening the sentence before
    /// the quote (or before token `tok`, when that comes first) and
    /// followed at once by a speech verb.
    pub(super) fn speaking_place_before(&self, tok: usize) -> Option<&'m Mention> {
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
    pub(in crate::quotes) fn opens_line(&self, open: usize) -> bool {
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
    pub(in crate::quotes) fn topic_person_before(&self, open: usize) -> Option<Speaker> {
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
    pub(super) fn after_dateline(&self, k: usize, sb: usize) -> usize {
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
    pub(super) fn opened_by_an_owner(&self, k: usize, at: usize) -> bool {
        // After a title: "Ms Brennan's", "Dr. Lee's".
        let k = self.after_title(k);
        self.toks.get(k).is_some_and(|t| t.start < at)
            && self
                .mention_at(k)
                .is_some_and(|m| m.kind == EntityKind::Person && self.is_possessor(m))
    }

    /// Whether the verb after mention `m` is in the perfect ("Varga had
    /// insisted", "Ferris has said").
    pub(super) fn in_perfect(&self, m: &Mention) -> bool {
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
    pub(super) fn titled_person_after(&self, m: &Mention) -> Option<&'m Mention> {
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
    pub(in crate::quotes) fn pronoun_antecedent(
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
    pub(super) fn pronoun_antecedent_after(
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
    pub(super) fn may_be_meant(&self, person: &Mention, at: usize, gender: Option<Gender>) -> bool {
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
    pub(super) fn last_speaker(
        &self,
        tok: usize,
        prev: &[(usize, Speaker, usize)],
    ) -> Option<&'m Mention> {
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
    /// "…," he added'), when that quote ended at most two sentences before
    /// this one, or in this quote's paragraph for a pronoun after the
    /// quote, and no person the pronoun may mean is named in between:
    /// '"…," said one woman …. Her neighbour, Dennis Walsh, 80, said he ….
    /// "…," she added.'
    pub(super) fn described_last_speaker(
        &self,
        tok: usize,
        gender: Gender,
        prev: &[(usize, Speaker, usize)],
        no_one_else: bool,
    ) -> Option<Speaker> {
        let (close, speaker, sentence) = prev.last()?;
        // A group's member stands for a description too ('"…," one said'
        // gives "one trader"): a canonical form in lower case names no one.
        let description = match speaker.canonical.as_deref() {
            None => speaker.text.as_str(),
            Some(c) if !starts_upper(c) => c,
            Some(_) => return None,
        };
        if speaker.org {
            return None;
        }
        let described = description.to_lowercase();
        let mut genders = description
            .split_whitespace()
            .zip(described.split_whitespace())
            .filter_map(|(word, lw)| word_gender(word, lw));
        // In the quote's own paragraph the described person stays the one
        // an attribution's pronoun after the quote means, however many
        // sentences go on about them by pronoun ('"…," says a doctor from
        // Hebron. … he explains …. "…," he says'), as long as no one else
        // is named in between (below). A pronoun before the quote may be
        // the subject of a clause that reports someone else's words ('he
        // said Morales … exclaimed, "…"').
        let quote_open = self.quote_open_token();
        let same_paragraph = tok > quote_open
            && self.para.get(*close).is_some()
            && self.para.get(*close) == self.para.get(quote_open);
        // Without a gender, the description must not be a document's ("a
        // new case report" is not a he).
        let fits = match genders.next() {
            Some(first) => first == gender && genders.all(|g| g == gender),
            None => {
                (no_one_else || same_paragraph)
                    && !described.split_whitespace().any(is_document_noun)
            }
        };
        if !fits {
            return None;
        }
        let open = self.current_quote.get().0;
        // Sentences are counted from where that quote ends: a quote of
        // several sentences is one turn ('"…. …. …," one said. "…. …," he
        // added').
        let ended = (*sentence).max(self.sentence_index(*close));
        if !same_paragraph && self.sentence_index(tok.min(quote_open)) > ended + 2 {
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
    pub(super) fn is_object(&self, m: &Mention) -> bool {
        self.is_object_at(crate::canonical::scan::tok_at_or_after(
            &self.toks,
            m.span.start,
        ))
    }

    /// Whether the phrase opening at token `k` is an object ("told X",
    /// "from an uncle").
    pub(super) fn is_object_at(&self, k: usize) -> bool {
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
    pub(super) fn is_possessor(&self, m: &Mention) -> bool {
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
    pub(in crate::quotes) fn person_gender(&self, person: &Mention) -> Option<Gender> {
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
    pub(super) fn main_organisation_before(&self, at: usize) -> Option<&'m Mention> {
        self.most_named_before(at, |m| {
            m.kind == EntityKind::Organisation
                && !is_news_agency(canonical_str(m))
                && !is_public_body_or_union(canonical_str(m))
        })
    }

    /// Of the mentions before byte `at`, outside quotes, that `keep`
    /// accepts: the one whose canonical name is written most often, the
    /// first of equals.
    pub(super) fn most_named_before(
        &self,
        at: usize,
        keep: impl Fn(&Mention) -> bool,
    ) -> Option<&'m Mention> {
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
    pub(in crate::quotes) fn opening_pronoun(&self, sa: usize, v: usize) -> Option<(usize, usize)> {
        let connective = |k: usize| matches!(self.lw(k), "then" | "but" | "so" | "and" | "now");
        let k = (sa..(sa + 3).min(v)).find(|&k| !connective(k))?;
        (!self.in_quote[k] && matches!(self.lw(k), "you" | "i" | "we" | "he" | "she" | "they"))
            .then_some((k, k))
    }

    /// Whether the quote opening at token `open` opens a line right after
    /// a line of the writer's that ends in a question mark: an interview's
    /// answer ("Why come back now?" / "Honestly, I missed it.").
    pub(in crate::quotes) fn answers_a_question_line(&self, open: usize) -> bool {
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
    pub(in crate::quotes) fn main_person_before(&self, at: usize) -> Option<Speaker> {
        let person = self.most_named_before(at, |m| m.kind == EntityKind::Person)?;
        Some(Speaker {
            text: strip_possessive(person.text.trim()).to_string(),
            canonical: Some(self.canonical_of(person)),
            org: false,
        })
    }
}
