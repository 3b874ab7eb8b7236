//! What the dump-level aggregates read of one article, and nothing else.
//!
//! [`DumpAggregates`](crate::DumpAggregates) folds every article through
//! [`ArticleFacts`]: a single run borrows them from the record it writes, a
//! [`DumpState`](crate::DumpState) keeps them owned in its log instead of
//! the record. Both feed the same `add_facts`, so the state's dump-level
//! results equal a single run's by construction, while the state keeps
//! about a fifth of what the record without its text weighs (no mention
//! offsets, removed-line spans, dates, page metadata or long quote texts).

use crate::{ArticleRecord, RemovalReason};
use newsmill_types::{Bound, Counted, EntitySummary, Zone};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Characters kept of a title or byline.
pub(crate) const TITLE_CHARS: usize = 200;
/// Characters kept of a quote sample.
pub(crate) const QUOTE_CHARS: usize = 300;
/// Characters kept of a figure's sample text.
pub(crate) const FIGURE_TEXT_CHARS: usize = 120;

/// Inferred dates at least this sure date an article's figures: a
/// timestamp line or dateline (0.9), a caption's date (0.6); not the latest
/// date the text mentions (0.3), which is often an earlier event.
pub const FIGURE_DATE_CONFIDENCE: f64 = 0.6;

pub(crate) fn truncate_chars(text: &str, max: usize) -> Box<str> {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]).into_boxed_str(),
        None => text.into(),
    }
}

/// `text` cut as [`truncate_chars`] cuts it, owned. Cutting twice gives
/// what cutting once gives.
fn cut(text: Cow<'_, str>, max: usize) -> Cow<'static, str> {
    match text.char_indices().nth(max) {
        Some(_) => Cow::Owned(truncate_chars(&text, max).into_string()),
        None => Cow::Owned(text.into_owned()),
    }
}

pub(crate) fn non_empty(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// One article as the dump-level aggregates see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleFacts<'a> {
    pub id: Cow<'a, str>,
    /// Trimmed; `None` when empty (so are `byline`, `date` and `outlet`).
    pub title: Option<Cow<'a, str>>,
    pub byline: Option<Cow<'a, str>>,
    pub date: Option<Cow<'a, str>>,
    pub outlet: Option<Cow<'a, str>>,
    /// The day its figures are claimed on (see `figure_day`).
    pub figure_day: Option<i64>,
    pub words: usize,
    pub removed_share: f64,
    /// Its entities without the mentions that name no actor of the story.
    pub actors: Cow<'a, [EntitySummary]>,
    pub counts: FactCounts,
    /// How many lines were removed for each reason, in order of first use.
    pub removed_reasons: Vec<(RemovalReason, u32)>,
    /// Its statements (quotes that are not fragments).
    pub statements: Vec<StatementFact<'a>>,
    /// Its body figures with a positive value.
    pub figures: Vec<FigureFact<'a>>,
}

/// How many of each kind of extraction an article has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactCounts {
    pub mentions: u64,
    pub quotes: u64,
    pub figures: u64,
    pub dates: u64,
    pub removed_lines: u64,
}

/// A quote that is a statement, with its position among the article's quotes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementFact<'a> {
    pub index: u32,
    /// The canonical speaker, else the speaker as written, else
    /// `(unattributed)`.
    pub speaker: Cow<'a, str>,
    pub text: Cow<'a, str>,
}

/// A figure of the body, with its position among the article's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureFact<'a> {
    pub index: u32,
    pub value: f64,
    pub bound: Option<Bound>,
    pub counted: Counted,
    pub text: Cow<'a, str>,
    pub source: Option<Cow<'a, str>>,
    pub time_scope: Option<Cow<'a, str>>,
    pub place: Option<Cow<'a, str>>,
}

/// The day an article's figures are claimed on, for comparing them with
/// other articles': its given date, else a sure enough inferred one.
pub(crate) fn figure_day(article: &ArticleRecord) -> Option<i64> {
    use newsmill_types::calendar::day_number;
    article.date.as_deref().and_then(day_number).or_else(|| {
        article
            .date_inferred
            .as_ref()
            .filter(|inferred| inferred.confidence >= FIGURE_DATE_CONFIDENCE)
            .and_then(|inferred| day_number(&inferred.date))
    })
}

/// The article's entities as the dump-level tables count them: without
/// the mentions that name no actor of the story (picture credits, byline
/// authors; see [`crate::MentionRecord::names_an_actor`]).
fn actor_entities(article: &ArticleRecord) -> Cow<'_, [EntitySummary]> {
    use std::collections::HashMap;
    if article.entities.iter().all(|m| m.names_an_actor()) {
        return Cow::Borrowed(&article.entity_summary);
    }
    let mut left_out: HashMap<(newsmill_types::EntityKind, &str), usize> = HashMap::new();
    for m in article.entities.iter().filter(|m| !m.names_an_actor()) {
        *left_out.entry((m.kind, m.canonical.as_str())).or_default() += 1;
    }
    let mut kept = Vec::with_capacity(article.entity_summary.len());
    for entity in &article.entity_summary {
        let gone = left_out
            .get(&(entity.kind, entity.canonical.as_str()))
            .copied()
            .unwrap_or(0);
        if entity.mentions > gone {
            let mut entity = entity.clone();
            entity.mentions -= gone;
            kept.push(entity);
        }
    }
    Cow::Owned(kept)
}

fn borrowed(text: Option<&str>) -> Option<Cow<'_, str>> {
    non_empty(text).map(Cow::Borrowed)
}

impl<'a> ArticleFacts<'a> {
    /// The facts of `article`, borrowed from it.
    pub fn of(article: &'a ArticleRecord) -> Self {
        let mut removed_reasons: Vec<(RemovalReason, u32)> = Vec::new();
        for (_, _, reason) in &article.removed {
            match removed_reasons.iter_mut().find(|(r, _)| r == reason) {
                Some((_, n)) => *n += 1,
                None => removed_reasons.push((*reason, 1)),
            }
        }
        let statements = article
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, quote)| !quote.fragment)
            .map(|(index, quote)| StatementFact {
                index: index as u32,
                speaker: Cow::Borrowed(
                    non_empty(quote.speaker_canonical.as_deref())
                        .or(non_empty(quote.speaker.as_deref()))
                        .unwrap_or("(unattributed)"),
                ),
                text: Cow::Borrowed(&quote.text),
            })
            .collect();
        // A headline or caption restates the body's figures: counted
        // again, one article's claim would look like two reports.
        let figures = article
            .figures
            .iter()
            .enumerate()
            .filter(|(_, f)| f.zone == Zone::Body && f.value.is_finite() && f.value > 0.0)
            .map(|(index, f)| FigureFact {
                index: index as u32,
                value: f.value,
                bound: f.bound,
                counted: f.counted,
                text: Cow::Borrowed(&f.text),
                source: borrowed(f.source.as_deref()),
                time_scope: borrowed(f.time_scope.as_deref()),
                place: borrowed(f.place.as_deref()),
            })
            .collect();
        ArticleFacts {
            id: Cow::Borrowed(&article.id),
            title: borrowed(article.title.as_deref()),
            byline: borrowed(article.byline.as_deref()),
            date: borrowed(article.date.as_deref()),
            outlet: borrowed(article.outlet.as_deref()),
            figure_day: figure_day(article),
            words: article.words,
            removed_share: article.removed_share,
            actors: actor_entities(article),
            counts: FactCounts {
                mentions: article.entities.len() as u64,
                quotes: article.quotes.len() as u64,
                figures: article.figures.len() as u64,
                dates: article.dates.len() as u64,
                removed_lines: article.removed.len() as u64,
            },
            removed_reasons,
            statements,
            figures,
        }
    }

    /// The facts owned, with titles, quotes and figure texts cut to what
    /// the aggregates keep of them.
    pub fn into_owned(self) -> ArticleFacts<'static> {
        let own = |text: Option<Cow<'_, str>>| text.map(|t| Cow::Owned(t.into_owned()));
        ArticleFacts {
            id: Cow::Owned(self.id.into_owned()),
            title: self.title.map(|t| cut(t, TITLE_CHARS)),
            byline: self.byline.map(|t| cut(t, TITLE_CHARS)),
            date: own(self.date),
            outlet: own(self.outlet),
            figure_day: self.figure_day,
            words: self.words,
            removed_share: self.removed_share,
            actors: Cow::Owned(self.actors.into_owned()),
            counts: self.counts,
            removed_reasons: self.removed_reasons,
            statements: self
                .statements
                .into_iter()
                .map(|s| StatementFact {
                    index: s.index,
                    speaker: Cow::Owned(s.speaker.into_owned()),
                    text: cut(s.text, QUOTE_CHARS),
                })
                .collect(),
            figures: self
                .figures
                .into_iter()
                .map(|f| FigureFact {
                    index: f.index,
                    value: f.value,
                    bound: f.bound,
                    counted: f.counted,
                    text: cut(f.text, FIGURE_TEXT_CHARS),
                    source: own(f.source),
                    time_scope: own(f.time_scope),
                    place: own(f.place),
                })
                .collect(),
        }
    }
}
