//! Entities, quotes and figures from clean news text.
//!
//! ```
//! use newsmill_extract::Extractor;
//!
//! let extractor = Extractor::english();
//! let result = extractor.extract("Hamas spokesman Abdel Latif al-Qanua spoke in Gaza on Wednesday.");
//! assert!(result.mentions.iter().any(|m| m.text == "Gaza"));
//! ```
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod article_date;
mod canonical;
pub mod conll;
mod dates;
mod figures;
mod gazetteer;
mod honorifics;
mod key_filter;
mod lexicon;
mod name_shape;
mod quotes;
mod sentences;
pub mod tagger;
mod tokenize;
mod word_shape;
mod zone_names;

pub use canonical::{canonicalize, expand_acronym};
pub use dates::{find_dates, parse_iso_date};
pub use figures::find_figures;
pub use quotes::find_quotes;
pub use sentences::sentence_spans;
pub use tagger::Tagger;
pub use tokenize::tokenize;

pub use newsmill_types::{
    ArticleDate, DateEvidence, EntityKind, EntitySummary, Extraction, Figure, Mention, Quote,
    TemporalMention, Zone, ZonedText,
};

use tagger::ModelError;

/// The tagger an [`Extractor`] uses: the built-in one, or a user's.
#[derive(Debug, Clone)]
enum TaggerChoice {
    BuiltIn(&'static Tagger),
    Loaded(Box<Tagger>),
}

/// Runs every extraction stage over one text: entity tagging, canonical
/// names and roles, quotes with speakers, figures with their sources, and
/// dates. Build once, share across threads (`&Extractor` is all a worker
/// needs).
#[derive(Debug, Clone)]
pub struct Extractor {
    tagger: TaggerChoice,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::english()
    }
}

impl Extractor {
    /// The extractor with the built-in English model.
    pub fn english() -> Self {
        Extractor {
            tagger: TaggerChoice::BuiltIn(Tagger::english()),
        }
    }

    /// An extractor with a model written by `newsmill train ner`.
    pub fn from_model_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        Ok(Extractor::with_tagger(Tagger::from_bytes(bytes)?))
    }

    pub fn with_tagger(tagger: Tagger) -> Self {
        Extractor {
            tagger: TaggerChoice::Loaded(Box::new(tagger)),
        }
    }

    pub fn tagger(&self) -> &Tagger {
        match &self.tagger {
            TaggerChoice::BuiltIn(tagger) => tagger,
            TaggerChoice::Loaded(tagger) => tagger,
        }
    }

    /// Extract from one clean article text. Offsets in the result are byte
    /// offsets into `text`. Never panics, whatever the input.
    pub fn extract(&self, text: &str) -> Extraction {
        self.extract_dated(text, None)
    }

    /// As [`Extractor::extract`], resolving relative dates ("Thursday",
    /// "last week") against the article's date (`YYYY-MM-DD`, anything after
    /// the first ten characters is ignored).
    pub fn extract_dated(&self, text: &str, article_date: Option<&str>) -> Extraction {
        // One tokenization for the tagger and the rules.
        let view = canonical::scan::TokenView::new(text);
        let (mut mentions, sentences) = self.tag(text, &view.toks, 0);
        lexicon::revise(text, &mut mentions);
        canonical::vote_kinds(text, &mut mentions);
        let scanned = canonical::scan::Scanned::of_view(view, &sentences);
        self.extract_from(&scanned, mentions, article_date, None)
    }

    /// As [`Extractor::extract_dated`] over an article's body and the zones
    /// around it (headline, standfirst, byline, dateline, captions, credits,
    /// timestamps): every result carries its [`Zone`], each byline author
    /// is a person, and when `article_date` is `None` the article's day is
    /// inferred from the text ([`Extraction::article_date`]) and relative
    /// dates are resolved against it. Offsets are into `zoned.text()`.
    pub fn extract_zoned(&self, zoned: &ZonedText, article_date: Option<&str>) -> Extraction {
        let text = zoned.text();
        // The body is tagged alone, as without zones, so that headline and
        // caption words never sway how the body's names are read; the
        // zones are tagged after it as a text of their own.
        let body_len = zoned.body_len();
        let body = text.get(..body_len).unwrap_or(text);
        // One tokenization for the tagger and the rules. The zones follow
        // the body after a line break, so no token crosses `body_len`.
        let view = canonical::scan::TokenView::new(text);
        let in_body = view.toks.partition_point(|t| t.start < body_len);
        let (body_toks, zone_toks) = view.toks.split_at(in_body);
        let (mut mentions, mut sentences) = self.tag(body, body_toks, 0);
        lexicon::revise(body, &mut mentions);
        canonical::vote_kinds(body, &mut mentions);
        if let Some(zones) = text.get(body_len..).filter(|z| !z.is_empty()) {
            let (zone_mentions, zone_sentences) = self.tag(zones, zone_toks, body_len);
            sentences.extend(zone_sentences.iter().map(|s| s.shifted(body_len)));
            let mut outside: Vec<Mention> = zone_mentions
                .into_iter()
                .map(|mut m| {
                    m.span = m.span.shifted(body_len);
                    m
                })
                // A timestamp line holds dates, not names.
                .filter(|m| zoned.zone_at(m.span.start) != Zone::Timestamp)
                .collect();
            canonical::vote_kinds(text, &mut outside);
            canonical::follow_kinds(&mentions, &mut outside);
            mentions.extend(outside);
            zone_names::confirm_headings(zoned, &mut mentions);
            zone_names::repeat_body_names(zoned, &mut mentions);
            zone_names::names_by_position(zoned, &mut mentions);
            zone_names::dateline_places(zoned, &mut mentions);
        }
        // One scan of the text for the rule stages, in the sentences the
        // tagger read, and for the dates again when the article's own date
        // is inferred from them.
        let scanned = canonical::scan::Scanned::of_view(view, &sentences);
        let mut extraction = self.extract_from(&scanned, mentions, article_date, Some(body_len));
        let inferred = match article_date {
            Some(_) => None,
            None => article_date::infer(zoned, &extraction.dates),
        };
        if let Some(found) = &inferred {
            extraction.dates = dates::find_dates_in(&scanned, Some(&found.date));
        }
        extraction.article_date = inferred;
        for m in &mut extraction.mentions {
            m.zone = zoned.zone_at(m.span.start);
        }
        for q in &mut extraction.quotes {
            q.zone = zoned.zone_at(q.span.start);
            if q.zone != Zone::Body {
                keep_speaker_named_in_piece(zoned, q);
            }
            // A quote left open at the end of the body (or of a caption)
            // must not swallow the lines joined after it.
            let end = zoned.piece_end(q.span.start);
            if q.span.end > end {
                q.span = newsmill_types::Span::new(q.span.start, end.max(q.span.start));
                q.text = text
                    .get(q.span.start..q.span.end)
                    .unwrap_or_default()
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .trim_end()
                    .to_string();
            }
        }
        // A quote standing as the standfirst, whose speaker the body's first
        // sentence names ("“…” ¶ That's how X sums up …").
        let lead = extraction
            .quotes
            .iter_mut()
            .find(|q| q.zone == Zone::Standfirst && q.speaker.is_none() && stands_alone(zoned, q));
        if let Some(q) = lead {
            if let Some((speaker, canonical)) =
                quotes::lead_quote_speaker(&scanned, &extraction.mentions)
            {
                q.speaker = Some(speaker);
                q.speaker_canonical = canonical;
            }
        }
        quotes::headline_words_from_the_body(&mut extraction.quotes);
        for f in &mut extraction.figures {
            f.zone = zoned.zone_at(f.span.start);
        }
        for d in &mut extraction.dates {
            d.zone = zoned.zone_at(d.span.start);
        }
        extraction
    }

    /// The tagger's mentions of `text`, trimmed to their name, with
    /// place-shaped names typed as places and the web's concepts, products
    /// and companies judged by the lexicon; and the sentences it tagged.
    /// `toks` are the scan tokens of a text of which `text` is the part
    /// from byte `shift` on.
    fn tag(
        &self,
        text: &str,
        toks: &[canonical::scan::Tok],
        shift: usize,
    ) -> (Vec<Mention>, Vec<newsmill_types::Span>) {
        let (tagged, sentences) = self.tagger().tag_scanned(text, toks, shift);
        let mentions = tagged
            .into_iter()
            .flat_map(|(span, kind)| {
                let (whole, sides) = match name_shape::matchup_sides(text, span) {
                    None => (Some(span), Vec::new()),
                    Some(sides) => (None, sides),
                };
                whole.into_iter().chain(sides).map(move |side| (side, kind))
            })
            .flat_map(|(span, kind)| {
                let parts = honorifics::split_at_honorific(text, span, kind);
                let whole = parts.is_none().then_some((span, kind));
                whole.into_iter().chain(parts.into_iter().flatten())
            })
            .filter_map(|(span, kind)| {
                let span = name_shape::name_part(text, span)?;
                let surface = text.get(span.start..span.end)?;
                let kind = match kind {
                    EntityKind::Person | EntityKind::Organisation
                        if name_shape::looks_like_place(surface) =>
                    {
                        EntityKind::Place
                    }
                    other => other,
                };
                let (span, kind) = lexicon::judge(text, span, kind)?;
                let surface = text.get(span.start..span.end)?;
                Some(Mention {
                    text: surface.to_string(),
                    kind,
                    span,
                    // Every mention's canonical name is written by
                    // `canonical::canonicalize_with`, which all extraction
                    // ends in; a copy made here would only be replaced.
                    canonical: String::new(),
                    zone: newsmill_types::Zone::Body,
                })
            })
            .collect();
        (mentions, sentences)
    }

    fn extract_from(
        &self,
        scanned: &canonical::scan::Scanned<'_>,
        mut mentions: Vec<Mention>,
        article_date: Option<&str>,
        body_len: Option<usize>,
    ) -> Extraction {
        let text = scanned.view.text;
        let entities =
            canonical::canonicalize_with(text, &scanned.view.toks, &mut mentions, body_len);
        // The mentions in text order, read by the quote and figure rules.
        let order = canonical::scan::valid_mentions(text, &mentions);
        let quotes = quotes::find_quotes_in(scanned, &mentions, &order);
        let figures = figures::find_figures_in(scanned, &mentions, &order);
        let day = article_date
            .and_then(|date| date.get(..10))
            .filter(|d| dates::parse_iso_date(d).is_some());
        let dates = dates::find_dates_in(scanned, day);
        Extraction {
            mentions,
            entities,
            quotes,
            figures,
            dates,
            article_date: None,
        }
    }
}

/// The zone piece (headline, standfirst, caption, …) holding byte `at`.
fn piece_at(zoned: &ZonedText, at: usize) -> Option<newsmill_types::Span> {
    zoned
        .pieces()
        .map(|(span, _)| span)
        .find(|p| p.start <= at && at < p.end)
}

/// Whether `quote` is the whole of its zone piece, but for its marks.
fn stands_alone(zoned: &ZonedText, quote: &newsmill_types::Quote) -> bool {
    let text = zoned.text();
    let Some(piece) = piece_at(zoned, quote.span.start) else {
        return false;
    };
    let bare = |range: std::ops::Range<usize>| {
        text.get(range).is_some_and(|part| {
            part.chars().all(|c| {
                c.is_whitespace()
                    || matches!(c, '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '.' | ',')
            })
        })
    };
    bare(piece.start..quote.span.start) && bare(quote.span.end.min(piece.end)..piece.end)
}

/// A quote in a headline, caption or other zone piece keeps its speaker
/// only when the piece names the speaker (outside the quote): such a piece
/// stands alone, so a speaker carried over from the body ('"I still get
/// nervous"' after the body's last quote) would be a guess.
fn keep_speaker_named_in_piece(zoned: &ZonedText, quote: &mut newsmill_types::Quote) {
    let Some(speaker) = quote.speaker.as_deref() else {
        return;
    };
    let text = zoned.text();
    let Some(piece) = piece_at(zoned, quote.span.start) else {
        return;
    };
    let outside_quote = |range: std::ops::Range<usize>| {
        text.get(range)
            .is_some_and(|part| part.to_lowercase().contains(&speaker.to_lowercase()))
    };
    let named = outside_quote(piece.start..quote.span.start.min(piece.end))
        || outside_quote(quote.span.end.min(piece.end)..piece.end);
    if !named {
        quote.speaker = None;
        quote.speaker_canonical = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone_names::tests::zoned;
    use newsmill_types::Span;

    #[test]
    fn a_birth_name_takes_the_known_name_with_the_zones_too() {
        let headline = "Mother Teresa honoured in Skopje";
        let raw = format!("{headline}\nMother Teresa was born Agnes Gonxha Bojaxhiu in Skopje in 1910. Bojaxhiu left home at 18.\n\"I knew where I belonged,\" she told one interviewer.");
        let body = Span::new(raw.find("Mother Teresa was").expect("body"), raw.len());
        let text = zoned(&raw, body, &[(Zone::Title, headline)]);
        let x = Extractor::english().extract_zoned(&text, Some("2024-03-10"));
        let born: Vec<(&str, &str)> = x
            .mentions
            .iter()
            .filter(|m| m.text.contains("Bojaxhiu") || m.text.contains("Teresa"))
            .map(|m| (m.text.as_str(), m.canonical.as_str()))
            .collect();
        assert!(born.len() >= 4, "{born:?}");
        assert!(born.iter().all(|(_, c)| *c == "Mother Teresa"), "{born:?}");
    }

    #[test]
    fn a_standfirst_quote_is_named_by_the_first_sentence_of_the_body() {
        let quote = "“A coyote in downtown Edmonton is not a lost animal. It's a city animal.”";
        let raw = format!("{quote}\nThat's how Harjit Dhaliwal, a wildlife biologist at the University of Alberta, sums up six years of work. Dhaliwal tracked 300 coyotes.");
        let body = Span::new(raw.find("That's").expect("body"), raw.len());
        let text = zoned(&raw, body, &[(Zone::Standfirst, quote)]);
        let x = Extractor::english().extract_zoned(&text, Some("2024-03-10"));
        let lead = x.quotes.iter().find(|q| q.zone == Zone::Standfirst);
        assert_eq!(
            lead.and_then(|q| q.speaker_canonical.as_deref()),
            Some("Harjit Dhaliwal"),
            "{:?}",
            x.quotes
        );
        // A standfirst that only holds a quote among other words takes no
        // speaker from the body.
        let standfirst = "Why city coyotes are “bolder” than their rural cousins";
        let raw = format!("{standfirst}\nThat's how Harjit Dhaliwal sums up six years of work.");
        let body = Span::new(raw.find("That's").expect("body"), raw.len());
        let text = zoned(&raw, body, &[(Zone::Standfirst, standfirst)]);
        let x = Extractor::english().extract_zoned(&text, Some("2024-03-10"));
        assert!(
            x.quotes
                .iter()
                .all(|q| q.speaker_canonical.as_deref() != Some("Harjit Dhaliwal")),
            "{:?}",
            x.quotes
        );
    }

    #[test]
    fn a_headline_quoting_the_body_is_the_body_speakers() {
        // The headline's quote (speaker as written, canonical) and all quotes,
        // for a headline above a body.
        let headline = |title: &str, body: &str| {
            let raw = format!("{title}\n{body}");
            let span = Span::new(title.len() + 1, raw.len());
            let text = zoned(&raw, span, &[(Zone::Title, title)]);
            let x = Extractor::english().extract_zoned(&text, Some("2024-03-10"));
            let found = x
                .quotes
                .iter()
                .find(|q| q.zone == Zone::Title)
                .map(|q| (q.speaker.clone(), q.speaker_canonical.clone()));
            (found, x.quotes)
        };
        let (found, all) = headline(
            "“Lock your cars”: Police arrest three in string of car break-ins",
            "Police in Millbrook have arrested three people.\n\"Nobody had to break anything,\" Police Chief Raymond Tillis said. \"Lock your cars. Take your keys inside.\"",
        );
        let canonical = found.and_then(|(_, c)| c);
        assert_eq!(canonical.as_deref(), Some("Raymond Tillis"), "{all:?}");
        // Words the body does not attribute stay unattributed.
        let (found, all) = headline(
            "“We will never forget”: Town marks flood anniversary",
            "The town marked the anniversary on Monday.",
        );
        assert!(found.is_some_and(|(s, _)| s.is_none()), "{all:?}");
        // Nor does a slogan someone only cites in a fragment become theirs.
        let (found, all) = headline(
            "“Meth. We’re on it”: State defends its campaign",
            "The campaign has drawn mockery online.\nGovernor Ann Lee defended “Meth. We’re on it” on Monday.",
        );
        assert!(found.is_some_and(|(s, _)| s.is_none()), "{all:?}");
    }
}
