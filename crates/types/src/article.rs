use crate::{CleanText, Span, ZonedSpan};
use serde::{Deserialize, Serialize};

/// Why the cleaner removed a line. Serialised in snake_case; the set may
/// grow, so consumers should accept unknown values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RemovalReason {
    /// Matches a known UI, promo, share or navigation pattern.
    KnownPattern,
    /// Image caption, photo or video credit, gallery marker, file name.
    Caption,
    /// Copyright, rights or terms line.
    Copyright,
    /// "Also read", "Related", teaser headlines.
    Related,
    /// Comment policy and comment-section text.
    Comments,
    /// The line repeats the title.
    Title,
    /// The same line or paragraph appeared earlier in the article.
    Repeated,
    /// Recurs across many articles of the dump (site template).
    Template,
    /// Written in another script than the article.
    OtherScript,
    /// Short or link-like line outside the main body (menus, tags, buttons).
    ShortOrNavigation,
    /// Outside the main run of body text (header or footer region).
    OutsideBody,
    /// A structural line whose content went to a field: byline, dateline,
    /// standfirst, syndication or outlet notice.
    Metadata,
    /// A URL, handle or contact line.
    Link,
    /// Empty or whitespace only.
    Blank,
    /// Inside page furniture by the page's markup: `nav`, `aside`,
    /// `footer`, `form`, a share/related/comment/newsletter block (HTML
    /// input only).
    Furniture,
    /// Hidden by the page's markup (`hidden`, `aria-hidden`, `display:none`).
    Hidden,
    /// Outside the element the page marks or shows as the article (HTML
    /// input only).
    OutsideArticle,
    /// An image or media caption by markup (`figure`, `figcaption`).
    Figure,
}

impl RemovalReason {
    /// The snake_case name used in JSON and in `clean --explain`.
    pub fn as_str(self) -> &'static str {
        match self {
            RemovalReason::KnownPattern => "known_pattern",
            RemovalReason::Caption => "caption",
            RemovalReason::Copyright => "copyright",
            RemovalReason::Related => "related",
            RemovalReason::Comments => "comments",
            RemovalReason::Title => "title",
            RemovalReason::Repeated => "repeated",
            RemovalReason::Template => "template",
            RemovalReason::OtherScript => "other_script",
            RemovalReason::ShortOrNavigation => "short_or_navigation",
            RemovalReason::OutsideBody => "outside_body",
            RemovalReason::Metadata => "metadata",
            RemovalReason::Link => "link",
            RemovalReason::Blank => "blank",
            RemovalReason::Furniture => "furniture",
            RemovalReason::Hidden => "hidden",
            RemovalReason::OutsideArticle => "outside_article",
            RemovalReason::Figure => "figure",
        }
    }
}

/// A line of the raw text that is not part of the body, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedLine {
    pub span: Span,
    pub reason: RemovalReason,
}

/// "This X report was republished on Y by permission": X is the original
/// outlet, Y the publisher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Syndication {
    pub original: Option<String>,
    pub publisher: Option<String>,
}

/// The article the cleaner found in a raw text: structure fields plus the
/// body paragraphs as spans into the raw text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CleanArticle {
    pub title: Option<String>,
    /// Standfirst / subtitle under the title.
    pub subtitle: Option<String>,
    /// Author name(s) as printed.
    pub byline: Option<String>,
    /// The outlet that published this text, when the text names it.
    pub outlet: Option<String>,
    /// Place line that opens the body ("Washington:").
    pub dateline: Option<String>,
    pub syndication: Option<Syndication>,
    /// Body paragraphs in reading order, as spans into the raw text. A span
    /// may start after a dateline prefix that was moved to `dateline`.
    pub paragraphs: Vec<Span>,
    /// Every non-blank raw line not in the body, with the reason.
    pub removed: Vec<RemovedLine>,
    /// The pieces of the raw text outside the body that still belong to the
    /// article (headline, standfirst, each author of the byline, dateline,
    /// captions and credits, timestamps), in raw order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<ZonedSpan>,
    /// What the page's markup says about the article (HTML input only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<PageMetadata>,
}

/// Article metadata read from a page's markup (JSON-LD, `<meta>`,
/// `<link rel=canonical>`, `<time>`, `<html lang>`, byline elements).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageMetadata {
    pub title: Option<String>,
    /// Author names, in the page's order, without duplicates.
    pub authors: Vec<String>,
    /// Publication date as the page writes it (usually ISO 8601).
    pub published: Option<String>,
    pub modified: Option<String>,
    /// The publisher or site name.
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub description: Option<String>,
    /// `<html lang>` (or `og:locale`), as written.
    pub language: Option<String>,
}

impl CleanArticle {
    /// The body as one string with its offset map to the raw text.
    pub fn clean_text(&self, raw: &str) -> CleanText {
        CleanText::from_paragraphs(raw, &self.paragraphs)
    }

    /// Share of the raw text's non-blank bytes that were removed (0..=1).
    pub fn removed_share(&self) -> f64 {
        let kept: usize = self.paragraphs.iter().map(Span::len).sum();
        let removed: usize = self
            .removed
            .iter()
            .filter(|line| line.reason != RemovalReason::Blank)
            .map(|line| line.span.len())
            .sum();
        if kept + removed == 0 {
            0.0
        } else {
            removed as f64 / (kept + removed) as f64
        }
    }
}
