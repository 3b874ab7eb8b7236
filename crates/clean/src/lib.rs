//! Boilerplate removal for scraped news text: raw text in, [`CleanArticle`] out.
//!
//! The raw text is one visible block per line (as produced by naive HTML to
//! text conversion or by scrapers). Each line is classified from what it
//! says (length, sentence punctuation, stop-word density, script, links,
//! known furniture patterns kept as data in `data/patterns.txt`), the main
//! run of body text is found as a maximum-sum range over line scores, and
//! the article's structure (title, standfirst, byline, outlet, dateline,
//! syndication) goes to fields rather than to the body.
//!
//! ```
//! use newsmill_clean::Cleaner;
//!
//! let raw = "Type to search\nShare\nRafah residents fled north on Tuesday as strikes continued, officials said.\n© 2025 Example News. All rights reserved.";
//! let article = Cleaner::default().clean(raw, None);
//! let body = article.clean_text(raw);
//! assert!(body.text().contains("Rafah residents fled north"));
//! assert!(!body.text().contains("Type to search"));
//! assert_eq!(article.outlet.as_deref(), Some("Example News"));
//! ```
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod author_bio;
mod body;
mod caption_credits;
mod closing_quotes;
mod comment_blocks;
mod data_page;
pub mod eval;
mod features;
mod gallery_captions;
mod html;
mod lean_regex;
mod lines;
mod live_blog;
mod match_only;
mod page_words;
mod patterns;
mod pull_quotes;
mod region;
mod region_evidence;
mod structure;
mod template;
mod text_options;
mod window_search;
mod zones;

pub use html::{BlockVerdict, HtmlOptions};
pub use newsmill_html::Page as HtmlPage;
pub use newsmill_types::PageMetadata;
pub use newsmill_types::{CleanArticle, RemovalReason, RemovedLine, Span, Syndication};
pub use template::{
    TemplateCounter, TemplateFileError, TemplateLines, TEMPLATE_COUNTS_HEADER, TEMPLATE_FILE_HEADER,
};
pub use text_options::TextOptions;
pub use zones::find_zones;

use body::{
    damp_isolated, drop_repeats, headline_sized, keep_region, lift_numbered_headings,
    lift_numbered_lists, long_opening, mark_other_script, may_repeat_headline, score, strong,
    title_anchor, title_like, weigh_by_anchor, Line, State,
};
use features::{features, norm_eq, norm_hash, Features};
use region::LineScore;

/// The article cleaner. Cheap to share between threads (`&Cleaner` is all a
/// worker needs).
///
/// ```
/// use newsmill_clean::{Cleaner, RemovalReason};
///
/// let raw = "Talks stall as envoys leave - Example Post\nHome\nWorld\nTalks stall as envoys leave\nBy Jane Doe\n\
///            Washington: Negotiations over a truce stalled on Thursday, officials said.\n\
///            The envoys are expected to return next week, according to two people briefed on the talks.\n\
///            Comments";
/// let article = Cleaner::default().clean(raw, None);
/// assert_eq!(article.title.as_deref(), Some("Talks stall as envoys leave"));
/// assert_eq!(article.byline.as_deref(), Some("Jane Doe"));
/// assert_eq!(article.dateline.as_deref(), Some("Washington"));
/// assert!(article.paragraphs[0].slice(raw).starts_with("Negotiations"));
/// assert_eq!(article.paragraphs.len(), 2);
/// assert!(article.removed.iter().any(|r| r.reason == RemovalReason::Comments));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Cleaner {
    template: Option<TemplateLines>,
    html: HtmlOptions,
    text: TextOptions,
}

impl Cleaner {
    /// A cleaner that also drops the given dump-level template lines.
    pub fn with_template_lines(template: TemplateLines) -> Self {
        Cleaner {
            template: Some(template),
            html: HtmlOptions::default(),
            text: TextOptions::default(),
        }
    }

    /// The dump-level template lines this cleaner drops, if any.
    pub fn template_lines(&self) -> Option<&TemplateLines> {
        self.template.as_ref()
    }

    /// The same cleaner with other region-search weights for naive text.
    pub fn with_text_options(mut self, options: TextOptions) -> Self {
        self.text = options;
        self
    }

    /// The same cleaner with other HTML extractor settings.
    pub fn with_html_options(mut self, options: HtmlOptions) -> Self {
        self.html = options;
        self
    }

    /// Clean one raw article. `title_hint` is a title the dump gave
    /// separately (a JSON field, an HTML `<title>`), used to find and drop the
    /// repeated title line. Never panics, whatever the input.
    ///
    /// Every non-blank line ends up either in `paragraphs` or in `removed`
    /// (blank lines, including BOM- or zero-width-space-only ones, are in
    /// neither); [`explain`] merges the two in raw order.
    pub fn clean(&self, raw: &str, title_hint: Option<&str>) -> CleanArticle {
        self.clean_with_closing(raw, title_hint).0
    }

    /// [`Self::clean`], with the byte offset of the first line that closes
    /// the article ("Most popular", a comment heading) after its first
    /// paragraph, which the HTML extractor needs to know what not to put
    /// back.
    pub(crate) fn clean_with_closing(
        &self,
        raw: &str,
        title_hint: Option<&str>,
    ) -> (CleanArticle, Option<usize>) {
        let mut article = CleanArticle::default();
        let mut outlet: Option<(u8, String)> = None;
        let mut lines = self.classify_lines(raw, &mut article, &mut outlet);
        mark_other_script(&mut lines);
        page_words::count_page_stop_words(raw, &mut lines);
        comment_blocks::mark_comment_blocks(raw, &mut lines);
        gallery_captions::mark_gallery_captions(raw, &mut lines);

        let opts = &self.text;
        let mut scores: Vec<LineScore> = lines.iter().map(|l| score(l, opts)).collect();
        damp_isolated(&lines, &mut scores, opts.isolated_damp);
        region_evidence::damp_templated_rows(raw, &lines, &mut scores, opts.furniture_cost);
        region_evidence::soften_stops_before_prose(&lines, &mut scores, opts.furniture_cost);
        let tables = region_evidence::bridge_tables(&lines, &mut scores, opts.furniture_cost);
        lift_numbered_lists(raw, &lines, &mut scores);
        lift_numbered_headings(raw, &lines, &mut scores);
        let post_headings = live_blog::score_posts(raw, &lines, &mut scores, opts);
        let anchor = title_anchor(raw, &lines, title_hint);
        if let Some(a) = anchor {
            weigh_by_anchor(&lines, &mut scores, a, opts.anchor_bonus);
        }
        let long_opening = anchor.and_then(|a| long_opening(&lines, a));
        let region = region::best_region(
            &scores,
            anchor.unwrap_or(0),
            opts.after_stop_factor,
            long_opening,
        );
        let body_start = region.map_or(lines.len(), |r| r.0);
        let body_end = region.map_or(0, |r| r.1 + 1);

        // The region may open on a weak line (the headline itself): the
        // title is searched up to the first real paragraph.
        let first_paragraph = (body_start..body_end)
            .find(|&i| lines[i].state == State::Text && strong(&lines[i].f))
            .unwrap_or(body_start);
        self.find_title(
            raw,
            title_hint,
            &mut lines,
            first_paragraph,
            &mut article,
            &mut outlet,
        );
        find_byline(raw, &mut lines, body_end, &mut article);
        let (body_start, body_end) = match region {
            Some(r) => {
                let (start, end) = data_page::widen_over_data(&mut lines, r, anchor);
                let end = closing_quotes::extend_over_closing_quotes(raw, &mut lines, end + 1);
                (start, end)
            }
            None => (body_start, body_end),
        };
        region_evidence::drop_table_cells(&mut lines, &tables);
        keep_region(raw, &mut lines, body_start, body_end);
        live_blog::keep_headings(&mut lines, &post_headings, body_start, body_end);
        let repeated = drop_repeats(raw, &mut lines);
        gallery_captions::drop_repeated_slides(raw, &mut lines, repeated);
        pull_quotes::drop_pull_quotes(raw, &mut lines);
        author_bio::drop_closing_bio(raw, &mut lines);
        assemble(raw, &lines, &mut article);

        if let Some(syn) = &article.syndication {
            if let Some(publisher) = &syn.publisher {
                outlet = Some((0, publisher.clone()));
            }
        }
        article.outlet = outlet.map(|o| o.1);
        article.zones = find_zones(raw, &article);
        let first_paragraph = article.paragraphs.first().map(|p| p.start);
        let closing = first_paragraph.and_then(|first| {
            lines
                .iter()
                .find(|l| l.stop && l.span.start > first)
                .map(|l| l.span.start)
        });
        (article, closing)
    }

    /// First pass: what each line is on its own (patterns, links, templates,
    /// notices), plus the outlet and syndication notices they reveal.
    pub(crate) fn classify_lines(
        &self,
        raw: &str,
        article: &mut CleanArticle,
        outlet: &mut Option<(u8, String)>,
    ) -> Vec<Line> {
        let raw_lines = lines::split_lines(raw);
        let mut out = Vec::with_capacity(raw_lines.len());
        for rl in raw_lines {
            let text = rl.span.slice(raw);
            let mut line = Line {
                span: rl.span,
                f: Features::default(),
                state: State::Blank,
                stop: false,
            };
            if text.is_empty() {
                out.push(line);
                continue;
            }
            let f = features(text);
            line.f = f;
            line.state = if let Some(hit) = patterns::classify_with(
                text,
                f.chars,
                f.words,
                f.digits,
                f.terminal && f.words >= 8 && f.stop_ratio() >= 0.2,
            ) {
                line.stop = hit.stop;
                // Rights lines rank 1, promo lines 2: once as good an outlet is
                // known, the regexes are not run again.
                let rank = if hit.reason == RemovalReason::Copyright {
                    1
                } else {
                    2
                };
                if worse_than(outlet.as_ref(), rank) && structure::may_name_outlet(text, hit.reason)
                {
                    if let Some(found) =
                        structure::outlet_from_line(text, hit.reason == RemovalReason::Copyright)
                    {
                        if worse_than(outlet.as_ref(), found.0) {
                            *outlet = Some(found);
                        }
                    }
                }
                State::Removed(hit.reason)
            } else if f.letters + f.digits == 0 {
                State::Removed(RemovalReason::KnownPattern)
            } else if let Some(syn) = (f.chars <= 300)
                .then(|| structure::syndication(text))
                .flatten()
            {
                if article.syndication.is_none() {
                    article.syndication = Some(syn);
                }
                State::Removed(RemovalReason::Metadata)
            } else if self.is_template(text, &f) {
                State::Removed(RemovalReason::Template)
            } else if caption_credits::is_caption_with_credit(text, &f) {
                State::Removed(RemovalReason::Caption)
            } else if f.link && (f.chars < 100 || !f.prose_like()) {
                State::Removed(RemovalReason::Link)
            } else {
                State::Text
            };
            out.push(line);
        }
        out
    }

    fn is_template(&self, text: &str, f: &Features) -> bool {
        match &self.template {
            Some(t) if !t.is_empty() && template::template_candidate(f) => {
                t.contains_hash(norm_hash(text))
            }
            _ => false,
        }
    }

    /// Title: the hint, or the first title-like line before the body that
    /// is neither the outlet's name nor a short line in a run of menu
    /// items. A "Headline - Site" page title whose headline part recurs as
    /// a line gives the headline as title and the site as a weak outlet
    /// guess.
    fn find_title(
        &self,
        raw: &str,
        hint: Option<&str>,
        lines: &mut [Line],
        body_start: usize,
        article: &mut CleanArticle,
        outlet: &mut Option<(u8, String)>,
    ) {
        let mut title_index = None;
        let full: String = match hint.map(str::trim).filter(|h| !h.is_empty()) {
            Some(h) => h.to_string(),
            None => {
                // The page's own name heads many pages ("Diario del Valle"
                // above the menu): a line that is the outlet is not the
                // headline.
                let is_outlet =
                    |text: &str| outlet.as_ref().is_some_and(|(_, name)| norm_eq(text, name));
                let mut candidates = lines[..body_start.min(lines.len())]
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| {
                        let text = l.span.slice(raw);
                        l.state == State::Text && title_like(text, &l.f) && !is_outlet(text)
                    })
                    .map(|(i, _)| i);
                // A menu item or section label ("Gaya Hidup", "Compartir en
                // Facebook") is short and another menu item or the headline
                // follows it; a short headline has its byline or text next.
                let first = candidates.clone().next();
                let found = candidates
                    .find(|&i| headline_sized(&lines[i].f) || !in_menu_run(raw, lines, i))
                    .or(first);
                match found {
                    Some(i) => {
                        title_index = Some(i);
                        lines[i].span.slice(raw).to_string()
                    }
                    None => return,
                }
            }
        };
        let mut title = full.clone();
        if let Some((head, _)) = structure::split_title(&full) {
            let head_chars = head.chars().count();
            let head_sized = headline_sized(&features(head));
            let recurs = lines.iter().enumerate().any(|(i, l)| {
                Some(i) != title_index
                    && may_repeat_headline(l, head_sized)
                    && (l.f.chars as usize).abs_diff(head_chars) <= 8
                    && norm_eq(l.span.slice(raw), head)
            });
            if recurs && !head.is_empty() {
                title = head.to_string();
                if let Some(site) = structure::title_site(&full) {
                    if worse_than(outlet.as_ref(), 3) {
                        *outlet = Some((3, site));
                    }
                }
            }
        }
        let title_chars = title.chars().count();
        let full_chars = full.chars().count();
        let mut last_title_line = title_index;
        for (i, l) in lines.iter_mut().enumerate() {
            if l.state != State::Text {
                continue;
            }
            let n = l.f.chars as usize;
            let near = |m: usize| n + 8 >= m && n <= m + 8;
            if Some(i) == title_index
                || (near(title_chars) && norm_eq(l.span.slice(raw), &title))
                || (near(full_chars) && norm_eq(l.span.slice(raw), &full))
            {
                l.state = State::Removed(RemovalReason::Title);
                if i < body_start.max(1) + 1 {
                    last_title_line = Some(i);
                }
            }
        }
        article.title = Some(title);
        // Standfirst: a longer unterminated line right under the title, or
        // a sentence or two right under it with the byline or the date
        // right under them ("The half-empty garage costs more … / Thea
        // Bergstrom").
        if let Some(t) = last_title_line {
            let mut under_title = (t + 1..lines.len()).filter(|&i| lines[i].state != State::Blank);
            let (first, second) = (under_title.next(), under_title.next());
            let signed = second.is_some_and(|j| {
                let l = &lines[j];
                let text = l.span.slice(raw);
                l.state == State::Removed(RemovalReason::Metadata)
                    || structure::byline(text, &l.f).is_some()
                    || names_only(text, &l.f)
            });
            if let Some(i) = first.filter(|&i| {
                let l = &lines[i];
                signed
                    && l.state == State::Text
                    && l.f.words >= 8
                    && l.f.chars <= MAX_STANDFIRST_CHARS
                    && l.f.terminal
            }) {
                article.subtitle = Some(lines[i].span.slice(raw).to_string());
                lines[i].state = State::Removed(RemovalReason::Metadata);
                return;
            }
            let mut seen = 0;
            for l in lines.iter_mut().skip(t + 1) {
                if l.state == State::Blank {
                    continue;
                }
                seen += 1;
                if seen > 3 {
                    break;
                }
                let text = l.span.slice(raw);
                if l.state == State::Text
                    && l.f.words >= 8
                    && l.f.digits * 5 < l.f.letters + l.f.digits
                    && !text.ends_with(['.', ':'])
                    // An interview's first question is the article.
                    && !["Q:", "Q.", "Question:"].iter().any(|q| text.starts_with(q))
                    && structure::dateline(text).is_none()
                    && structure::byline(text, &l.f).is_none()
                {
                    article.subtitle = Some(text.to_string());
                    l.state = State::Removed(RemovalReason::Metadata);
                    break;
                }
                if l.state == State::Text && strong(&l.f) {
                    break;
                }
            }
        }
    }
}

/// A standfirst's length at most: two sentences.
const MAX_STANDFIRST_CHARS: u32 = 300;

/// A line that is only a person's name or two ("Thea Bergstrom", "Elowen
/// Pascoe and Callum Trevithick"): two to eight capitalised words and
/// "and", no digits, no sentence end.
fn names_only(text: &str, f: &features::Features) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=8).contains(&words.len())
        && f.digits == 0
        && !f.terminal
        && words
            .iter()
            .all(|w| *w == "and" || *w == "&" || w.starts_with(char::is_uppercase))
}

/// Bylines before the end of the body go to the field (the first one) and
/// out of the body.
fn find_byline(raw: &str, lines: &mut [Line], body_end: usize, article: &mut CleanArticle) {
    for l in lines.iter_mut().take(body_end.max(1)) {
        if l.state != State::Text || l.f.chars > 100 {
            continue;
        }
        if let Some(name) = structure::byline(l.span.slice(raw), &l.f) {
            if article.byline.is_none() {
                article.byline = Some(name);
            }
            l.state = State::Removed(RemovalReason::Metadata);
        }
    }
}

/// A short line that a menu item, a share button or the headline itself
/// follows, as in a menu run above the headline. A short headline is
/// followed by its byline, date or text instead.
fn in_menu_run(raw: &str, lines: &[Line], i: usize) -> bool {
    let Some(next) = lines[i + 1..].iter().find(|l| l.state != State::Blank) else {
        return false;
    };
    let text = next.span.slice(raw);
    let menu_like = next.f.words <= 3
        && !next.f.terminal
        && next.state != State::Removed(RemovalReason::Metadata)
        && structure::byline(text, &next.f).is_none()
        && structure::dateline(text).is_none();
    let headline =
        next.state == State::Text && headline_sized(&next.f) && title_like(text, &next.f);
    menu_like || headline
}

/// Whether an outlet guess of `rank` beats the current one (lower ranks
/// are more trustworthy).
fn worse_than(current: Option<&(u8, String)>, rank: u8) -> bool {
    match current {
        None => true,
        Some((r, _)) => rank < *r,
    }
}

fn assemble(raw: &str, lines: &[Line], article: &mut CleanArticle) {
    let mut first = true;
    for l in lines {
        match l.state {
            State::Kept => {
                let mut span = l.span;
                if first {
                    first = false;
                    if let Some((place, skip)) = structure::dateline(span.slice(raw)) {
                        if skip < span.len() {
                            span.start += skip;
                            article.dateline = Some(place);
                        }
                    }
                }
                article.paragraphs.push(span);
            }
            State::Removed(reason) => article.removed.push(RemovedLine {
                span: l.span,
                reason,
            }),
            State::Blank | State::Text => {}
        }
    }
}

/// The verdict on one non-blank raw line, for `clean --explain` style
/// output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineVerdict {
    /// The body span (for a kept line, after any dateline prefix) or the
    /// removed line's span.
    pub span: Span,
    /// `None` when the line is body; otherwise why it was removed.
    pub removed: Option<RemovalReason>,
}

/// Every non-blank line of an article in raw order, kept or removed with
/// its reason: the merge of `paragraphs` and `removed`.
///
/// ```
/// use newsmill_clean::{explain, Cleaner, RemovalReason};
///
/// let raw = "Share\nThe council approved the budget on Monday, the mayor said.";
/// let article = Cleaner::default().clean(raw, None);
/// let verdicts = explain(&article);
/// assert_eq!(verdicts[0].removed, Some(RemovalReason::KnownPattern));
/// assert_eq!(verdicts[1].removed, None);
/// ```
pub fn explain(article: &CleanArticle) -> Vec<LineVerdict> {
    let mut out: Vec<LineVerdict> = article
        .paragraphs
        .iter()
        .map(|&span| LineVerdict {
            span,
            removed: None,
        })
        .chain(article.removed.iter().map(|r| LineVerdict {
            span: r.span,
            removed: Some(r.reason),
        }))
        .collect();
    out.sort_by_key(|v| v.span.start);
    out
}
