use crate::{Bound, Counted, Span, Zone};
use serde::{Deserialize, Serialize};

/// Entity types of the CoNLL-2003 scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "ORG")]
    Organisation,
    #[serde(rename = "LOC")]
    Place,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
        EntityKind::Misc,
    ];

    /// Position in [`EntityKind::ALL`], for per-type count arrays.
    pub fn index(self) -> usize {
        match self {
            EntityKind::Person => 0,
            EntityKind::Organisation => 1,
            EntityKind::Place => 2,
            EntityKind::Misc => 3,
        }
    }

    /// The CoNLL label: PER, ORG, LOC or MISC.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "PER",
            EntityKind::Organisation => "ORG",
            EntityKind::Place => "LOC",
            EntityKind::Misc => "MISC",
        }
    }

    pub fn from_label(label: &str) -> Option<Self> {
        match label {
            "PER" => Some(EntityKind::Person),
            "ORG" => Some(EntityKind::Organisation),
            "LOC" => Some(EntityKind::Place),
            "MISC" => Some(EntityKind::Misc),
            _ => None,
        }
    }
}

/// One occurrence of a named entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Where it is: in the text given to the extractor, until
    /// [`Extraction::map_spans`] moves it (written as `start`/`end`).
    #[serde(flatten)]
    pub span: Span,
    /// The fullest name of this entity in the article ("Witkoff" -> "Steve Witkoff").
    pub canonical: String,
    /// The zone of the article it was found in.
    #[serde(default)]
    pub zone: Zone,
}

/// One entity of an article with all the ways it was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitySummary {
    pub canonical: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub mentions: usize,
    /// Distinct surface forms, in order of first appearance.
    pub aliases: Vec<String>,
    /// Roles seen in appositions and titles ("U.S. envoy", "Defense Minister").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

/// A direct quote and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// The speaker as written near the quote ("a spokeswoman", "Jack Lew").
    pub speaker: Option<String>,
    /// The speaker's canonical entity name, when the speaker is a known entity.
    pub speaker_canonical: Option<String>,
    /// Where the quote is, marks included (written as `start`/`end`).
    #[serde(flatten)]
    pub span: Span,
    /// Short scare quote ("permanent") rather than a statement.
    pub fragment: bool,
    /// The zone of the article it was found in.
    #[serde(default)]
    pub zone: Zone,
}

/// A count of people or things as the news reports it ("nearly 38,000 deaths").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The phrase as written ("some 540").
    pub text: String,
    pub value: f64,
    /// The qualifier as written, lower-cased: at least / nearly / more
    /// than / some / about / over / up to ...
    pub qualifier: Option<String>,
    /// How the qualifier bounds the true number (`None`: as stated).
    #[serde(default)]
    pub bound: Option<Bound>,
    /// What is counted, normalised.
    pub counted: Counted,
    /// Who claims the number ("Gaza's health ministry").
    pub source: Option<String>,
    /// Time scope ("overnight", "in the past 24 hours", "since fighting resumed").
    pub time_scope: Option<String>,
    /// Place scope ("in Rafah").
    pub place: Option<String>,
    /// Where the figure's phrase is (written as `start`/`end`).
    #[serde(flatten)]
    pub span: Span,
    /// The zone of the article it was found in.
    #[serde(default)]
    pub zone: Zone,
}

/// A date or time expression, resolved when the article's date allows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemporalMention {
    pub text: String,
    /// ISO date (YYYY-MM-DD) when resolvable.
    pub resolved: Option<String>,
    /// Where the expression is (written as `start`/`end`).
    #[serde(flatten)]
    pub span: Span,
    /// The zone of the article it was found in.
    #[serde(default)]
    pub zone: Zone,
}

/// What an article's date was inferred from, when its metadata gave none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateEvidence {
    /// A "Published ..." / "Updated ..." line or a date standing alone.
    Timestamp,
    /// The dateline that opens the body.
    Dateline,
    /// A full date in a photo caption.
    Caption,
    /// The latest full date written in the headline, standfirst or body.
    Text,
}

/// The article's publication day inferred from its own text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleDate {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub from: DateEvidence,
    /// 0-1: how likely the day is the publication day.
    pub confidence: f64,
    /// The date as written.
    pub text: String,
    /// Where it is written (`start`/`end`).
    #[serde(flatten)]
    pub span: Span,
}

/// Everything extracted from one article's clean text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub mentions: Vec<Mention>,
    pub entities: Vec<EntitySummary>,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
    pub dates: Vec<TemporalMention>,
    /// The publication day the text gives, inferred only when the caller
    /// had no date for the article.
    #[serde(default)]
    pub article_date: Option<ArticleDate>,
}

impl Extraction {
    /// Move every span of the extraction with `map`: the one place where
    /// offsets into the extractor's text become offsets into another text
    /// (e.g. `|span| clean.span_to_raw(span)` with a [`crate::CleanText`]).
    pub fn map_spans(&mut self, mut map: impl FnMut(Span) -> Span) {
        for mention in &mut self.mentions {
            mention.span = map(mention.span);
        }
        for quote in &mut self.quotes {
            quote.span = map(quote.span);
        }
        for figure in &mut self.figures {
            figure.span = map(figure.span);
        }
        for date in &mut self.dates {
            date.span = map(date.span);
        }
        if let Some(date) = &mut self.article_date {
            date.span = map(date.span);
        }
    }
}
