//! Who said a quote: the attribution verb's subject before or after it, a
//! speaker carried over, pronouns resolved to a recent person.

use super::*;

mod across_sentences;
mod antecedents;
mod descriptions;
mod noun_phrases;

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
                if let Some((d0, d1)) = self.singular_person_opening_before(np.0) {
                    return self.described_speaker(d0, d1);
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
                if let Some(author) = self.author_of_document_before(np.0) {
                    return author;
                }
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
