//! The HTML extractor: find the article by the page's structure, then let
//! the text cleaner judge what is left.
//!
//! 1. The page is parsed once by `newsmill-html`: flattened text (what every
//!    span points into), an element tree, and each line's element.
//! 2. Every element's own markup is judged ([`markup`]): furniture by tag,
//!    ARIA role or class/id words, hidden, captions, or a body marker.
//!    A verdict passes to descendants; one on an element that holds most of
//!    the page's text is ignored (whole pages wrapped in a `<form>`, a
//!    `has-comments` class on a wrapper).
//! 3. The container ([`container`]) is chosen from the body markers and the
//!    prose each element holds; lines outside it are removed.
//! 4. The remaining lines go to the text cleaner, with removed lines blanked
//!    (same byte offsets), as a second opinion: it drops captions, share
//!    lines, teasers, bylines and the title that the markup did not mark.
//! 5. Page metadata fills title, byline and outlet, the text guesses
//!    remaining as fallback.

mod container;
mod markup;

use crate::body::strong;
use crate::features::features;
use crate::Cleaner;
use markup::Mark;
use newsmill_html::{Page, Tag, NO_NODE};
use newsmill_types::{CleanArticle, RemovalReason, RemovedLine, Span};

/// The extractor's settings. The defaults are what the README's figures
/// were measured with; `examples/html_cv.rs` chooses among alternatives
/// on held-out sites to check that they generalise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HtmlOptions {
    /// A semantic container is trusted when it holds this share of the
    /// page's prose.
    pub semantic_share: f32,
    /// A semantic container holding or following the headline needs only
    /// this share.
    pub anchored_share: f32,
    /// Without a semantic container, the article is the deepest element
    /// holding this share of the prose.
    pub descent_share: f32,
    /// A candidate nested in the chosen one replaces it when it holds this
    /// share of its prose.
    pub nested_share: f32,
    /// A markup verdict is ignored on an element holding more than this
    /// share of the page's text.
    pub max_dropped_share: f32,
    /// Inside the container, lines the text cleaner removed only for being
    /// short or outside its main run are body.
    pub restore_short_lines: bool,
    /// Elements are removed by furniture words in their class or id.
    pub furniture_names: bool,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions {
            semantic_share: 0.4,
            anchored_share: 0.2,
            descent_share: 0.8,
            nested_share: 0.75,
            max_dropped_share: 0.4,
            restore_short_lines: true,
            furniture_names: true,
        }
    }
}

/// One line of an HTML page with its element and verdict, for
/// `clean --explain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockVerdict {
    /// The line (for a kept line, after any dateline prefix).
    pub span: Span,
    /// `body>div.story>p`; `title` for the page title line.
    pub dom_path: String,
    /// `None` when the line is article body.
    pub removed: Option<RemovalReason>,
}

impl Cleaner {
    /// Clean an HTML record: `text` is the record's flattened text (as
    /// `newsmill_html::parse(html).text` gives it, which ingest stores) and
    /// every span of the result points into it. When `text` is not the
    /// page's flattened text (a record built another way), the text cleaner
    /// alone runs on `text`, with the page's metadata still used.
    ///
    /// The page is parsed here a second time (ingest parsed it to make
    /// `text`): `Record` is plain data shared by every stage, and carrying
    /// the element tree in it would tie `newsmill-types` to the reader. The
    /// second parse costs about 0.2 ms for a 160 KB page (5,000 pages/s on
    /// one core, a fifth of the extractor's time), and comparing its text
    /// with `text` is what guarantees the spans point into the record.
    pub fn clean_html(&self, text: &str, html: &str, title_hint: Option<&str>) -> CleanArticle {
        let page = newsmill_html::parse(html);
        if page.text != text {
            let mut article = self.clean(text, title_hint);
            fill_metadata(&mut article, &page);
            article.zones = crate::find_zones(text, &article);
            return article;
        }
        self.clean_page(&page, html, title_hint)
    }

    /// Parse `html` and clean it: the page (whose `text` the spans point
    /// into) and the article.
    pub fn clean_html_page(&self, html: &str) -> (Page, CleanArticle) {
        let page = newsmill_html::parse(html);
        let article = self.clean_page(&page, html, page.title.as_deref());
        (page, article)
    }

    /// Clean an already parsed page (`html` is the markup it was parsed from).
    pub fn clean_page(&self, page: &Page, html: &str, title_hint: Option<&str>) -> CleanArticle {
        let article = self.clean_page_with(page, html, title_hint, &self.html);
        // A page whose article is wrapped in an element named like
        // furniture (`<article class="gallery">`, a "slideshow" story)
        // keeps almost nothing: read it again without the names' verdict,
        // and keep whichever reading holds more of the page.
        if self.html.furniture_names && body_bytes(&article) < NEARLY_EMPTY_BYTES {
            let unnamed = HtmlOptions {
                furniture_names: false,
                ..self.html
            };
            let again = self.clean_page_with(page, html, title_hint, &unnamed);
            if body_bytes(&again) > body_bytes(&article) {
                return again;
            }
        }
        article
    }

    fn clean_page_with(
        &self,
        page: &Page,
        html: &str,
        title_hint: Option<&str>,
        options: &HtmlOptions,
    ) -> CleanArticle {
        let (verdicts, container) = markup_verdicts(page, html, options);
        let trusted = container.is_some();
        let mut masked = page.text.clone().into_bytes();
        let mut removed = Vec::new();
        for (line, verdict) in page.lines.iter().zip(&verdicts) {
            if let Some(reason) = verdict {
                masked[line.span.start..line.span.end].fill(b' ');
                removed.push(RemovedLine {
                    span: line.span,
                    reason: *reason,
                });
            }
        }
        // Only whole lines were blanked with ASCII spaces, so the bytes are
        // still UTF-8; the fallback keeps the page text if that ever fails.
        let masked = String::from_utf8(masked).unwrap_or_else(|_| page.text.clone());
        let (mut article, closing) = self.clean_with_closing(&masked, title_hint);
        if trusted && options.restore_short_lines {
            restore_short_lines(page, &verdicts, closing, &mut article);
        }
        if trusted {
            drop_link_lines(page, &mut article);
        }
        article.removed.extend(removed);
        article.removed.sort_by_key(|r| r.span.start);
        fill_metadata(&mut article, page);
        article.zones = crate::find_zones(&page.text, &article);
        article
    }

    /// The path of the element taken as the article's container, if any.
    pub fn html_container(&self, page: &Page, html: &str) -> Option<String> {
        markup_verdicts(page, html, &self.html)
            .1
            .map(|node| page.dom_path(html, node))
    }

    /// Every non-blank line of the page with its element's path and
    /// verdict, in page order.
    pub fn explain_html(&self, html: &str) -> (Page, CleanArticle, Vec<BlockVerdict>) {
        let (page, article) = self.clean_html_page(html);
        let verdicts = crate::explain(&article)
            .into_iter()
            .map(|v| {
                let line = page
                    .lines
                    .partition_point(|l| l.span.end < v.span.start)
                    .min(page.lines.len().saturating_sub(1));
                let dom_path = match page.lines.get(line) {
                    Some(l) if l.span.start <= v.span.start && v.span.start <= l.span.end => {
                        page.dom_path(html, l.node)
                    }
                    _ => "title".to_string(),
                };
                BlockVerdict {
                    span: v.span,
                    dom_path,
                    removed: v.removed,
                }
            })
            .collect();
        (page, article, verdicts)
    }
}

/// Below this many bytes of body, an extraction has kept nearly nothing: a
/// short news brief has several hundred.
const NEARLY_EMPTY_BYTES: usize = 200;

fn body_bytes(article: &CleanArticle) -> usize {
    article.paragraphs.iter().map(Span::len).sum()
}

/// The markup's verdict on each body line: `Some(reason)` when it is
/// removed before the text cleaner sees it.
fn markup_verdicts(
    page: &Page,
    html: &str,
    options: &HtmlOptions,
) -> (Vec<Option<RemovalReason>>, Option<u32>) {
    let nodes = &page.nodes;
    let marks: Vec<Mark> = nodes
        .iter()
        .map(|n| markup::mark(n, html, options.furniture_names))
        .collect();
    let page_text: u32 = nodes
        .iter()
        .filter(|n| n.parent == NO_NODE)
        .map(|n| n.text_bytes)
        .sum();
    let too_big = (page_text as f32 * options.max_dropped_share) as u32;
    // Inherited drop verdicts, parents first (ids are in document order).
    let mut dropped: Vec<Option<RemovalReason>> = vec![None; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        dropped[i] = inherit(
            dropped_parent(&dropped, node.parent),
            marks[i],
            may_drop(node, too_big),
        );
    }
    // Prose per element: lines the text cleaner would call strong prose,
    // outside links and dropped elements.
    let mut prose = vec![0f32; nodes.len()];
    for line in &page.lines {
        let Some(slot) = prose.get_mut(line.node as usize) else {
            continue;
        };
        if dropped[line.node as usize].is_some() {
            continue;
        }
        let text = line.span.slice(&page.text);
        if (line.link_bytes as usize) * 2 > text.len() {
            continue;
        }
        let f = features(text);
        if strong(&f) {
            *slot += f.weight as f32;
        }
    }
    for i in (0..nodes.len()).rev() {
        let parent = nodes[i].parent as usize;
        if parent < i {
            prose[parent] += prose[i];
        }
    }
    let chosen = container::choose(page, html, &marks, &prose, headline_line(page), options);
    // A verdict on an ancestor of the container is the wrapper's, not the
    // article's: recompute without it.
    if let Some(c) = chosen {
        let mut on_path = vec![false; nodes.len()];
        let mut ancestor = c.node;
        let mut any_dropped = false;
        while let Some(n) = nodes.get(ancestor as usize) {
            on_path[ancestor as usize] = true;
            any_dropped |= dropped[ancestor as usize].is_some();
            ancestor = n.parent;
        }
        if any_dropped {
            for i in 0..nodes.len() {
                let on_path = on_path[i];
                dropped[i] = if on_path {
                    None
                } else {
                    inherit(
                        dropped_parent(&dropped, nodes[i].parent),
                        marks[i],
                        may_drop(&nodes[i], too_big),
                    )
                };
            }
        }
    }
    let verdicts = page
        .lines
        .iter()
        .map(|line| {
            let node = line.node;
            if let Some(reason) = dropped.get(node as usize).copied().flatten() {
                return Some(reason);
            }
            match chosen {
                Some(c) => {
                    let inside = nodes
                        .get(c.node as usize)
                        .is_some_and(|n| n.contains(c.node, node));
                    (!inside).then_some(RemovalReason::OutsideArticle)
                }
                None => None,
            }
        })
        .collect();
    (verdicts, chosen.map(|c| c.node))
}

/// Inside a container the page itself marks as the article, short lines
/// (table cells, list items, subheads, one-line paragraphs) are body even
/// when the text cleaner, reading lines alone, would call them navigation:
/// lines it removed only for being short, outside its main run, common
/// across the dump (a table's "1" or "5", a "Staff" credit) or in another
/// script (code, a quote in the original language) come back, unless they
/// are mostly link text.
fn restore_short_lines(
    page: &Page,
    verdicts: &[Option<RemovalReason>],
    closing: Option<usize>,
    article: &mut CleanArticle,
) {
    let mut restored = Vec::new();
    let subtitle = article.subtitle.clone();
    let mut subtitle_restored = false;
    // After a line that closes the article ("Tin cùng chuyên mục", "Most
    // popular"), what the container still holds is teasers or comments,
    // which the cleaner left out.
    let closed_at = closing.unwrap_or(usize::MAX);
    article.removed.retain(|r| {
        let at = page.lines.partition_point(|l| l.span.start < r.span.start);
        let Some(line) = page.lines.get(at).filter(|l| l.span == r.span) else {
            return true;
        };
        // A paragraph the text cleaner took for a standfirst, when the
        // page shows it as an ordinary paragraph of the article.
        let standfirst = r.reason == RemovalReason::Metadata
            && subtitle.as_deref() == Some(r.span.slice(&page.text))
            && page
                .nodes
                .get(line.node as usize)
                .is_some_and(|n| n.tag == Tag::P);
        if standfirst {
            subtitle_restored = true;
        } else if !matches!(
            r.reason,
            RemovalReason::ShortOrNavigation
                | RemovalReason::OutsideBody
                | RemovalReason::Template
                | RemovalReason::OtherScript
        ) || r.span.start > closed_at
        {
            return true;
        }
        if verdicts.get(at).copied().flatten().is_some()
            || (line.link_bytes as usize) * 2 > line.span.len()
        {
            return true;
        }
        restored.push(r.span);
        false
    });
    if subtitle_restored {
        article.subtitle = None;
    }
    if !restored.is_empty() {
        article.paragraphs.extend(restored);
        article.paragraphs.sort_by_key(|s| s.start);
    }
}

/// A kept line that is all link text ("READ MORE: ..." teasers, a linked
/// headline between paragraphs) is not article prose.
fn drop_link_lines(page: &Page, article: &mut CleanArticle) {
    let removed = &mut article.removed;
    article.paragraphs.retain(|span| {
        let at = page.lines.partition_point(|l| l.span.end < span.end);
        let Some(line) = page.lines.get(at).filter(|l| l.span.end == span.end) else {
            return true;
        };
        let all_link = (line.link_bytes as usize) * 10 >= line.span.len() * 9
            && line.span.len() < MAX_LINK_LINE_BYTES;
        if all_link {
            removed.push(RemovedLine {
                span: line.span,
                reason: RemovalReason::Link,
            });
        }
        !all_link
    });
}

/// Lines longer than this are prose even when linked whole.
const MAX_LINK_LINE_BYTES: usize = 200;

/// An element's verdict from its parent's and its own mark (`may_drop`:
/// it is small enough for its own verdict to count). An embed undoes an
/// inherited furniture verdict (a tweet inside an "article-widget"), not a
/// hidden or caption one.
/// Whether a drop verdict on `node` stands: not on an element that holds
/// most of the page's text (`too_big` bytes or more: a page wrapped in a
/// `<form>`), except an `<aside>`, which is beside the article by
/// definition however much it holds (a weather box and an events calendar
/// around a three-paragraph brief).
fn may_drop(node: &newsmill_html::Node, too_big: u32) -> bool {
    node.text_bytes <= too_big || node.tag == Tag::Aside
}

fn inherit(parent: Option<RemovalReason>, mark: Mark, may_drop: bool) -> Option<RemovalReason> {
    match (parent, mark) {
        (Some(RemovalReason::Furniture), Mark::Embed) => None,
        (Some(reason), _) => Some(reason),
        (None, Mark::Drop(reason)) if may_drop => Some(reason),
        _ => None,
    }
}

fn dropped_parent(dropped: &[Option<RemovalReason>], parent: u32) -> Option<RemovalReason> {
    dropped.get(parent as usize).copied().flatten()
}

/// Page metadata first, the text cleaner's guesses as fallback.
fn fill_metadata(article: &mut CleanArticle, page: &Page) {
    let meta = &page.meta;
    if let Some(title) = &meta.title {
        article.title = Some(title.clone());
    }
    if !meta.authors.is_empty() {
        article.byline = Some(meta.authors.join(", "));
    }
    if let Some(site) = &meta.site_name {
        article.outlet = Some(site.clone());
    }
    article.page = Some(meta.clone());
}

/// The body line that repeats the page's headline (metadata title, or the
/// `<title>` before its " - Site" suffix).
fn headline_line(page: &Page) -> Option<usize> {
    let mut wanted: Vec<String> = Vec::new();
    for title in [page.meta.title.as_deref(), page.title.as_deref()]
        .into_iter()
        .flatten()
    {
        wanted.push(normalise(title));
        if let Some((head, _)) = crate::structure::split_title(title) {
            wanted.push(normalise(head));
        }
    }
    wanted.retain(|w| w.len() >= 8);
    if wanted.is_empty() {
        return None;
    }
    page.lines.iter().position(|l| {
        let text = l.span.slice(&page.text);
        if text.len() >= 400 {
            return false;
        }
        let line = normalise(text);
        line.len() >= 8
            && wanted
                .iter()
                .any(|w| *w == line || (w.starts_with(&line) && line.len() * 2 >= w.len()))
    })
}

fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
