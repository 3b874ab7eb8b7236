//! `report.html`: one self-contained page (inline CSS and JS, no network).
//!
//! Every piece of text from the dump goes through [`esc`]; the page's script
//! reads nothing from the data (it only shows and hides elements), and a
//! Content-Security-Policy forbids any fetch. Sizes are bounded: tables are
//! cut to their top rows and the per-article section stops at
//! `ReportOptions::html_article_bytes`.

use crate::analysis::{ClusterArticle, DumpReport, FigureReport};
use crate::{ArticleRecord, ReportOptions};
use newsmill_types::EntityKind;
use std::collections::BTreeMap;
use std::fmt::Write;

const ENTITIES_PER_TYPE: usize = 15;
const SPEAKERS: usize = 30;
const FIGURE_GROUPS: usize = 60;
const CLUSTERS: usize = 100;
const MEMBERS: usize = 20;
const PAGE_SIZE: usize = 50;

/// Escape text for HTML element content and quoted attribute values.
pub(crate) fn esc(out: &mut String, text: &str) {
    let _ = escaped_pieces(text, |piece| {
        out.push_str(piece);
        Ok::<(), std::convert::Infallible>(())
    });
}

/// `text` escaped, for a format string: written where it goes, without a
/// string of its own.
fn e(text: &str) -> Escaped<'_> {
    Escaped(text)
}

struct Escaped<'a>(&'a str);

impl std::fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        escaped_pieces(self.0, |piece| f.write_str(piece))
    }
}

/// `text` escaped for HTML, handed to `put` piece by piece: the runs
/// between special characters whole, each special character as its entity.
/// The five characters are ASCII, and no byte of a longer UTF-8 character
/// is ASCII, so every run is whole characters.
fn escaped_pieces<E>(text: &str, mut put: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
    let mut copied = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        put(&text[copied..at])?;
        put(entity)?;
        copied = at + 1;
    }
    put(&text[copied..])
}

fn kind_class(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "per",
        EntityKind::Organisation => "org",
        EntityKind::Place => "loc",
        EntityKind::Misc => "misc",
    }
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organisation => "Organisations",
        EntityKind::Place => "Places",
        EntityKind::Misc => "Other",
    }
}

const STYLE: &str = r#"
:root{--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--accent:#0969da;
--per:#fde68a;--org:#bfdbfe;--loc:#bbf7d0;--misc:#e9d5ff;--bad:#cf222e}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{background:#24292f;color:#fff;padding:14px 24px;position:sticky;top:0;z-index:2}
header h1{margin:0;font-size:20px;display:inline-block;margin-right:24px}
header nav a{color:#d0d7de;margin-right:14px;text-decoration:none;font-size:14px}
header nav a:hover{color:#fff}
main{max-width:1200px;margin:0 auto;padding:8px 24px 48px}
section{margin-top:28px}
h2{border-bottom:1px solid var(--line);padding-bottom:4px;font-size:20px}
h3{font-size:16px;margin:16px 0 6px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
.card{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.card b{display:block;font-size:22px}
.card span{color:var(--muted);font-size:13px}
.grid4{display:grid;grid-template-columns:repeat(auto-fill,minmax(270px,1fr));gap:18px}
.bars{list-style:none;margin:0;padding:0}
.bars li{display:grid;grid-template-columns:minmax(0,1fr) 46px;gap:6px;align-items:center;margin:3px 0;font-size:13px}
.bar{position:relative;height:20px;background:var(--soft);border-radius:3px;overflow:hidden}
.bar i{position:absolute;left:0;top:0;bottom:0;border-radius:3px}
.bar em{position:relative;padding-left:6px;font-style:normal;white-space:nowrap;line-height:20px}
.num{text-align:right;color:var(--muted);font-variant-numeric:tabular-nums}
.per i,mark.per{background:var(--per)} .org i,mark.org{background:var(--org)}
.loc i,mark.loc{background:var(--loc)} .misc i,mark.misc{background:var(--misc)}
table{border-collapse:collapse;font-size:13px;width:100%}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--soft)}
table.heat{width:auto}
table.heat td{text-align:center;min-width:34px;font-variant-numeric:tabular-nums}
table.heat th.rot{height:120px;white-space:nowrap;vertical-align:bottom;padding:2px}
table.heat th.rot div{writing-mode:vertical-rl;transform:rotate(180deg);max-height:118px;overflow:hidden}
.scroll{overflow-x:auto}
blockquote{margin:4px 0 4px 12px;padding-left:10px;border-left:3px solid var(--line);color:#333}
.muted{color:var(--muted)} .small{font-size:12px}
.bad{color:var(--bad);font-weight:600}
tr.disagree td{background:#fff1f0}
details.article{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:6px 10px}
details.article summary{cursor:pointer}
details.article summary .meta{color:var(--muted);font-size:12px;margin-left:8px}
.badge{display:inline-block;font-size:11px;border-radius:10px;padding:0 7px;margin-left:6px;background:#ddf4ff;color:#0550ae}
.badge.dup{background:#fff8c5;color:#7d4e00}
.text p{margin:6px 0}
mark{padding:0 1px;border-radius:2px}
.removed{display:none;margin-top:8px;padding:6px 10px;background:var(--soft);color:#8c959f;border-left:3px solid #d0d7de;font-size:13px}
body.show-removed .removed{display:block}
.pager{display:flex;gap:8px;align-items:center;margin:8px 0}
.pager button{font:inherit;padding:2px 10px;border:1px solid var(--line);border-radius:5px;background:var(--soft);cursor:pointer}
.pager button:disabled{opacity:.4;cursor:default}
.legend mark{margin-right:8px}
.hidden{display:none}
"#;

const SCRIPT: &str = r#"
(function(){
  var items=[].slice.call(document.querySelectorAll('details.article'));
  var pages=0;items.forEach(function(d){var p=+d.getAttribute('data-page');if(p+1>pages)pages=p+1;});
  var current=0;
  var label=document.getElementById('page-label');
  var prev=document.getElementById('page-prev');
  var next=document.getElementById('page-next');
  function show(p){
    current=Math.max(0,Math.min(p,Math.max(pages-1,0)));
    items.forEach(function(d){d.classList.toggle('hidden',+d.getAttribute('data-page')!==current);});
    if(label){label.textContent='Page '+(current+1)+' of '+Math.max(pages,1);}
    if(prev){prev.disabled=current===0;}
    if(next){next.disabled=current>=pages-1;}
  }
  if(prev){prev.addEventListener('click',function(){show(current-1);});}
  if(next){next.addEventListener('click',function(){show(current+1);});}
  var toggle=document.getElementById('toggle-removed');
  if(toggle){toggle.addEventListener('change',function(){document.body.classList.toggle('show-removed',toggle.checked);});}
  var expand=document.getElementById('expand-all');
  if(expand){expand.addEventListener('change',function(){items.forEach(function(d){if(!d.classList.contains('hidden')){d.open=expand.checked;}});});}
  show(0);
})();
"#;

/// Builds `report.html`: the summary sections at once, then the articles.
pub(crate) struct HtmlReport {
    head: String,
    articles: String,
    shown: usize,
    text_limit: usize,
    article_bytes: usize,
}

fn article_label(a: &ClusterArticle) -> String {
    let mut s = format!("<code>{}</code>", e(&a.id));
    if let Some(title) = &a.title {
        let _ = write!(s, " {}", e(title));
    }
    if let Some(outlet) = &a.outlet {
        let _ = write!(s, " <span class=\"muted\">({})</span>", e(outlet));
    }
    if let Some(date) = &a.date {
        let _ = write!(s, " <span class=\"muted small\">{}</span>", e(date));
    }
    s
}

fn figure_cell(f: &FigureReport) -> String {
    let mut s = format!("<b>{}</b>", e(&f.text));
    if let Some(source) = &f.source {
        let _ = write!(s, "<br>according to {}", e(source));
    }
    let _ = write!(
        s,
        "<br><span class=\"muted small\">{} · <code>{}</code>{}</span>",
        e(f.outlet.as_deref().unwrap_or("unknown outlet")),
        e(&f.article_id),
        if f.count > 1 {
            format!(" · {} reports", f.count)
        } else {
            String::new()
        }
    );
    s
}

fn what_label(counted: &str, scope: &str, place: &str) -> String {
    let mut s = format!("<b>{}</b>", e(counted));
    if !scope.is_empty() {
        let _ = write!(s, ", {}", e(scope));
    }
    if !place.is_empty() {
        let _ = write!(s, ", in {}", e(place));
    }
    s
}

/// One article's entry in the article list of `report.html`, rendered
/// from its record as the article is written (so that the end of a run need
/// not read the shown articles back from `articles.jsonl`). What only the
/// dump-level analysis knows, the entry's page and its near-copy and story
/// badges, is added by [`HtmlReport::add_entry`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ArticleEntry {
    /// The summary line's title and facts, before the badges.
    pub(crate) summary: String,
    /// The record's own `duplicate_of`: the first article of its exact copy.
    pub(crate) copy_of: Option<String>,
    /// Everything after the summary line, through `</details>`.
    pub(crate) body: String,
}

impl ArticleEntry {
    /// The entry of `article`, its text shown up to `text_limit` bytes.
    pub(crate) fn of(article: &ArticleRecord, text_limit: usize) -> ArticleEntry {
        let mut summary = String::with_capacity(256);
        let _ = write!(
            summary,
            "<b>{}</b><span class=\"meta\">{} · {} · <code>{}</code> · {} words</span>",
            e(article.title.as_deref().unwrap_or("(untitled)")),
            e(article.outlet.as_deref().unwrap_or("unknown outlet")),
            e(article.date.as_deref().unwrap_or("no date")),
            e(&article.id),
            article.words
        );
        let mut body = String::with_capacity(article.text.len().min(text_limit) * 5 / 4 + 512);
        let a = &mut body;
        if let Some(byline) = &article.byline {
            let _ = write!(a, "<p class=\"muted small\">By {}</p>", e(byline));
        }
        if let Some(syndication) = &article.syndication {
            let _ = write!(
                a,
                "<p class=\"muted small\">Syndicated: original {}, published by {}</p>",
                e(syndication.original.as_deref().unwrap_or("?")),
                e(syndication.publisher.as_deref().unwrap_or("?"))
            );
        }
        render_text(a, article, text_limit);
        // Removed boilerplate: the raw text is not in the record, so show
        // what was removed and why.
        a.push_str("<div class=\"removed\">");
        if article.removed.is_empty() {
            a.push_str("Nothing removed.");
        } else {
            let mut by_reason: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
            for (start, end, reason) in &article.removed {
                let entry = by_reason.entry(reason.as_str()).or_default();
                entry.0 += 1;
                entry.1 += end.saturating_sub(*start);
            }
            let _ = write!(
                a,
                "Removed {} lines ({:.0}% of the raw text): ",
                article.removed.len(),
                article.removed_share * 100.0
            );
            let parts: Vec<String> = by_reason
                .iter()
                .map(|(reason, (lines, bytes))| {
                    format!("{} × {} ({} bytes)", e(reason), lines, bytes)
                })
                .collect();
            a.push_str(&parts.join(" · "));
            a.push_str("<br><span class=\"small\">raw ranges: ");
            for (i, (start, end, reason)) in article.removed.iter().take(40).enumerate() {
                if i > 0 {
                    a.push_str(", ");
                }
                let _ = write!(a, "{start}–{end} {}", e(reason.as_str()));
            }
            if article.removed.len() > 40 {
                a.push_str(", …");
            }
            a.push_str("</span>");
        }
        a.push_str("</div>");
        if !article.quotes.is_empty() || !article.figures.is_empty() {
            a.push_str("<p class=\"small\">");
            for q in article.quotes.iter().filter(|q| !q.fragment).take(5) {
                let _ = write!(
                    a,
                    "<span class=\"muted\">quote</span> “{}” — {}<br>",
                    e(&q.text),
                    e(q.speaker.as_deref().unwrap_or("unattributed"))
                );
            }
            for f in article.figures.iter().take(5) {
                let _ = write!(
                    a,
                    "<span class=\"muted\">figure</span> {} {}{}<br>",
                    e(&f.text),
                    e(f.counted.as_str()),
                    f.source
                        .as_deref()
                        .map(|s| format!(" — {}", e(s)))
                        .unwrap_or_default()
                );
            }
            a.push_str("</p>");
        }
        a.push_str("</details>\n");
        ArticleEntry {
            summary,
            copy_of: article.duplicate_of.clone(),
            body,
        }
    }

    /// Bytes the entry adds to the page, less its page number and badges.
    pub(crate) fn len(&self) -> usize {
        self.summary.len() + self.body.len()
    }
}

impl HtmlReport {
    pub(crate) fn new(report: &DumpReport, options: &ReportOptions) -> Self {
        let mut h = String::with_capacity(1 << 16);
        h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(h, "<title>{}</title>", e(&options.title));
        let _ = writeln!(h, "<style>{STYLE}</style>\n</head>\n<body>");
        let _ = writeln!(
            h,
            "<header><h1>{}</h1><nav><a href=\"#summary\">Summary</a><a href=\"#entities\">Entities</a><a href=\"#cooccurrence\">Together</a><a href=\"#quotes\">Quotes</a><a href=\"#figures\">Figures</a><a href=\"#duplicates\">Copies</a><a href=\"#stories\">Stories</a><a href=\"#articles\">Articles</a></nav></header>\n<main>",
            e(&options.title)
        );

        section_summary(&mut h, report);
        section_entities(&mut h, report);
        section_cooccurrence(&mut h, report);
        section_quotes(&mut h, report);
        section_figures(&mut h, report);
        section_duplicates(&mut h, report);
        section_stories(&mut h, report);
        HtmlReport {
            head: h,
            articles: String::with_capacity(1 << 16),
            shown: 0,
            text_limit: options.html_text_limit,
            article_bytes: options.html_article_bytes,
        }
    }

    /// Whether another article still fits in the size budget.
    pub(crate) fn has_room(&self) -> bool {
        self.articles.len() < self.article_bytes
    }

    /// Add the next article's entry from its record (as read back from
    /// `articles.jsonl`); see [`HtmlReport::add_entry`].
    pub(crate) fn add_article(
        &mut self,
        article: &ArticleRecord,
        cluster: Option<u32>,
        duplicate_of: Option<&str>,
        story: Option<u32>,
    ) {
        let entry = ArticleEntry::of(article, self.text_limit);
        self.add_entry(&entry, cluster, duplicate_of, story);
    }

    /// Add the next article's entry, with what the dump-level analysis
    /// found: the first article of its near-copy `cluster`, the `story` it
    /// belongs to, and the article it copies (`duplicate_of`, shown when the
    /// record names none itself).
    pub(crate) fn add_entry(
        &mut self,
        entry: &ArticleEntry,
        cluster: Option<u32>,
        duplicate_of: Option<&str>,
        story: Option<u32>,
    ) {
        let page = self.shown / PAGE_SIZE;
        self.shown += 1;
        let a = &mut self.articles;
        let _ = write!(
            a,
            "<details class=\"article\" data-page=\"{page}\"><summary>"
        );
        a.push_str(&entry.summary);
        if let Some(original) = entry.copy_of.as_deref().or(duplicate_of) {
            let _ = write!(
                a,
                "<span class=\"badge dup\">copy of {}</span>",
                e(original)
            );
        }
        if let Some(n) = cluster {
            let _ = write!(a, "<span class=\"badge dup\">d{n}</span>");
        }
        if let Some(n) = story {
            let _ = write!(a, "<span class=\"badge\">s{n}</span>");
        }
        a.push_str("</summary>");
        a.push_str(&entry.body);
    }

    /// The whole page. `total` is the number of articles in the dump.
    /// Writes the page to `out`: the head, the articles and the script, in
    /// turn, rather than joined into one string first (a page of a few MB
    /// would be copied whole into fresh memory for nothing).
    pub(crate) fn write_to(
        self,
        total: usize,
        out: &mut impl std::io::Write,
    ) -> std::io::Result<()> {
        let mut h = self.head;
        h.push_str("<section id=\"articles\"><h2>Articles</h2>");
        let _ = write!(
            h,
            "<p class=\"muted small\">Showing {} of {} articles{}. Entities are highlighted: <span class=\"legend\"><mark class=\"per\">person</mark><mark class=\"org\">organisation</mark><mark class=\"loc\">place</mark><mark class=\"misc\">other</mark></span></p>",
            self.shown,
            total,
            if self.shown < total {
                " (the first ones of the dump; all are in articles.jsonl and articles.csv)"
            } else {
                ""
            }
        );
        h.push_str("<div class=\"pager\"><button id=\"page-prev\" type=\"button\">‹ Previous</button><span id=\"page-label\"></span><button id=\"page-next\" type=\"button\">Next ›</button><label><input type=\"checkbox\" id=\"toggle-removed\"> show removed boilerplate</label><label><input type=\"checkbox\" id=\"expand-all\"> expand page</label></div>");
        out.write_all(h.as_bytes())?;
        out.write_all(self.articles.as_bytes())?;
        out.write_all(b"</section>\n</main>\n<script>")?;
        out.write_all(SCRIPT.as_bytes())?;
        out.write_all(b"</script>\n</body>\n</html>\n")
    }
}

/// Headline numbers, run facts and the outlets.
fn section_summary(h: &mut String, report: &DumpReport) {
    let t = &report.totals;
    h.push_str("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
    let cards: [(&str, String); 12] = [
        ("articles", t.articles.to_string()),
        ("failures", t.failures.to_string()),
        ("words", t.words.to_string()),
        ("outlets", t.outlets.to_string()),
        ("distinct entities", t.distinct_entities.to_string()),
        ("entity mentions", t.mentions.to_string()),
        ("quotes", t.quotes.to_string()),
        ("figures", t.figures.to_string()),
        ("figure disagreements", t.figure_disagreements.to_string()),
        ("copy clusters", t.duplicate_clusters.to_string()),
        ("articles copying another", t.near_duplicates.to_string()),
        ("story clusters", t.story_clusters.to_string()),
    ];
    for (label, value) in cards {
        let _ = write!(
            h,
            "<div class=\"card\"><b>{value}</b><span>{label}</span></div>"
        );
    }
    h.push_str("</div>");
    let run = &report.run;
    let _ = writeln!(
        h,
        "<p class=\"muted small\">Schema {} · {} records seen · {} byte-identical copies skipped · {:.1} s on {} thread{}{}</p>",
        e(&report.schema_version),
        run.records_seen,
        t.skipped_copies,
        run.seconds,
        run.threads,
        if run.threads == 1 { "" } else { "s" },
        if run.resumed_skipped > 0 {
            format!(" · resumed ({} records already written)", run.resumed_skipped)
        } else {
            String::new()
        }
    );
    for (label, map) in [
        ("Articles of this run by language", &run.languages),
        (
            "Records skipped as not articles, by kind",
            &run.skipped_records,
        ),
    ] {
        if !map.is_empty() {
            let items: Vec<String> = map
                .iter()
                .map(|(key, count)| format!("{} {count}", e(key)))
                .collect();
            let _ = writeln!(
                h,
                "<p class=\"muted small\">{label}: {}</p>",
                items.join(", ")
            );
        }
    }
    if !report.outlets.is_empty() {
        h.push_str("<h3>Outlets</h3><ul class=\"bars\">");
        let max = report.outlets.first().map_or(1, |o| o.articles.max(1));
        for outlet in report.outlets.iter().take(15) {
            bar(h, &outlet.outlet, outlet.articles, max, "org");
        }
        h.push_str("</ul>");
    }
    h.push_str("</section>\n");
}

/// The most mentioned entities of each type, as bars.
fn section_entities(h: &mut String, report: &DumpReport) {
    h.push_str("<section id=\"entities\"><h2>Top entities by type</h2><p class=\"legend small\"><mark class=\"per\">person</mark><mark class=\"org\">organisation</mark><mark class=\"loc\">place</mark><mark class=\"misc\">other</mark> bar length: mentions</p><div class=\"grid4\">");
    for kind in EntityKind::ALL {
        let entities: Vec<_> = report
            .top_entities
            .iter()
            .filter(|x| x.kind == kind)
            .take(ENTITIES_PER_TYPE)
            .collect();
        let _ = write!(
            h,
            "<div><h3>{} <span class=\"muted small\">{}</span></h3><ul class=\"bars\">",
            kind_name(kind),
            kind.label()
        );
        if entities.is_empty() {
            h.push_str("<li class=\"muted\">none</li>");
        }
        let max = entities.first().map_or(1, |x| x.mentions.max(1));
        for entity in entities {
            let aliases = entity
                .aliases
                .iter()
                .map(|a| format!("{} ({})", a.alias, a.count))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                h,
                "<li title=\"{} · {} articles · {} outlets · spellings: {}\">",
                e(&entity.canonical),
                entity.articles,
                entity.outlets,
                e(&aliases)
            );
            bar_body(h, &entity.canonical, entity.mentions, max, kind_class(kind));
            h.push_str("</li>");
        }
        h.push_str("</ul></div>");
    }
    h.push_str("</div></section>\n");
}

/// Which top entities appear in the same articles: a heat map.
fn section_cooccurrence(h: &mut String, report: &DumpReport) {
    let co = &report.cooccurrence;
    h.push_str("<section id=\"cooccurrence\"><h2>Entities seen together</h2>");
    if co.entities.is_empty() {
        h.push_str("<p class=\"muted\">No entities.</p>");
    } else {
        h.push_str("<p class=\"muted small\">Articles in which both entities are among the article's most-mentioned; the diagonal is the entity's own article count.</p><div class=\"scroll\"><table class=\"heat\"><tr><th></th>");
        for name in &co.entities {
            let _ = write!(h, "<th class=\"rot\"><div>{}</div></th>", e(name));
        }
        h.push_str("</tr>");
        let max = co
            .articles
            .iter()
            .enumerate()
            .flat_map(|(i, row)| row.iter().enumerate().filter(move |(j, _)| *j != i))
            .map(|(_, &v)| v)
            .max()
            .unwrap_or(0)
            .max(1);
        for (i, name) in co.entities.iter().enumerate() {
            let _ = write!(h, "<tr><th>{}</th>", e(name));
            for (j, &v) in co.articles[i].iter().enumerate() {
                if i == j {
                    let _ = write!(
                        h,
                        "<td class=\"muted\" style=\"background:#eaeef2\">{v}</td>"
                    );
                } else if v == 0 {
                    h.push_str("<td></td>");
                } else {
                    let alpha = 0.12 + 0.78 * (v as f64 / max as f64);
                    let _ = write!(
                        h,
                        "<td style=\"background:rgba(9,105,218,{alpha:.2});color:{}\" title=\"{} + {}: {v}\">{v}</td>",
                        if alpha > 0.55 { "#fff" } else { "#1f2328" },
                        e(name),
                        e(&co.entities[j])
                    );
                }
            }
            h.push_str("</tr>");
        }
        h.push_str("</table></div>");
    }
    h.push_str("</section>\n");
}

/// Quotes grouped by speaker.
fn section_quotes(h: &mut String, report: &DumpReport) {
    h.push_str("<section id=\"quotes\"><h2>Quotes by speaker</h2>");
    if report.speakers.is_empty() {
        h.push_str("<p class=\"muted\">No quotes.</p>");
    }
    for speaker in report.speakers.iter().take(SPEAKERS) {
        let _ = write!(
            h,
            "<details><summary><b>{}</b> <span class=\"muted\">{} quote{}</span></summary>",
            e(&speaker.speaker),
            speaker.quotes,
            if speaker.quotes == 1 { "" } else { "s" }
        );
        for sample in &speaker.samples {
            let _ = write!(
                h,
                "<blockquote>“{}” <span class=\"muted small\"><code>{}</code></span></blockquote>",
                e(&sample.text),
                e(&sample.article_id)
            );
        }
        h.push_str("</details>");
    }
    h.push_str("</section>\n");
}

/// Figure disagreements, then every reported figure group.
fn section_figures(h: &mut String, report: &DumpReport) {
    h.push_str("<section id=\"figures\"><h2>Figures</h2><h3>Disagreements</h3>");
    if report.disagreements.is_empty() {
        h.push_str("<p class=\"muted\">None: no two sources gave incompatible values for the same count over the same period and place.</p>");
    } else {
        h.push_str("<table><tr><th>What</th><th>Lower</th><th>Higher</th></tr>");
        for d in &report.disagreements {
            let _ = write!(
                h,
                "<tr class=\"disagree\"><td>{}</td><td>{}</td><td>{}</td></tr>",
                what_label(&d.counted, &d.time_scope, &d.place),
                figure_cell(&d.low),
                figure_cell(&d.high)
            );
        }
        h.push_str("</table>");
    }
    if let Some(note) = report.totals.figures_left_out() {
        let _ = write!(h, "<p class=\"muted small\">{}</p>", e(&note));
    }
    h.push_str("<h3>Reported figures</h3>");
    if report.figures.is_empty() {
        h.push_str("<p class=\"muted\">No figures.</p>");
    } else {
        h.push_str("<table><tr><th>What</th><th>Reports</th><th>Values (first report, source, outlet)</th></tr>");
        for group in report.figures.iter().take(FIGURE_GROUPS) {
            let _ = write!(
                h,
                "<tr{}><td>{}{}</td><td class=\"num\">{}</td><td>",
                if group.disagreement {
                    " class=\"disagree\""
                } else {
                    ""
                },
                what_label(&group.counted, &group.time_scope, &group.place),
                if group.disagreement {
                    " <span class=\"bad\">disagreement</span>"
                } else {
                    ""
                },
                group.reports
            );
            for (i, value) in group.values.iter().take(8).enumerate() {
                if i > 0 {
                    h.push_str("<hr style=\"border:0;border-top:1px dashed #d0d7de\">");
                }
                h.push_str(&figure_cell(value));
            }
            h.push_str("</td></tr>");
        }
        h.push_str("</table>");
    }
    h.push_str("</section>\n");
}

/// Copy and syndication clusters.
fn section_duplicates(h: &mut String, report: &DumpReport) {
    h.push_str("<section id=\"duplicates\"><h2>Duplicate and syndicated copies</h2>");
    if report.duplicate_clusters.is_empty() {
        h.push_str("<p class=\"muted\">None found.</p>");
    }
    for cluster in report.duplicate_clusters.iter().take(CLUSTERS) {
        let _ = write!(
            h,
            "<details class=\"cluster\"><summary><b>{}</b> <span class=\"badge dup\">{}</span> {} articles: {}</summary><table><tr><th>Article</th><th>Similarity</th></tr><tr><td>{} <span class=\"badge\">representative</span></td><td class=\"num\">1.00</td></tr>",
            e(&cluster.id),
            e(&cluster.kind),
            cluster.size,
            article_label(&cluster.representative),
            article_label(&cluster.representative)
        );
        for member in cluster.members.iter().take(MEMBERS) {
            let _ = write!(
                h,
                "<tr><td>{}</td><td class=\"num\">{:.2}</td></tr>",
                article_label(member),
                member.similarity
            );
        }
        if cluster.size as usize > MEMBERS + 1 {
            let _ = write!(
                h,
                "<tr><td colspan=\"2\" class=\"muted\">… and {} more (see articles.csv)</td></tr>",
                cluster.size as usize - MEMBERS - 1
            );
        }
        h.push_str("</table></details>");
    }
    h.push_str("</section>\n");
}

/// Stories several articles cover.
fn section_stories(h: &mut String, report: &DumpReport) {
    h.push_str("<section id=\"stories\"><h2>Stories covered by several articles</h2>");
    if report.story_clusters.is_empty() {
        h.push_str("<p class=\"muted\">None found.</p>");
    }
    for story in report.story_clusters.iter().take(CLUSTERS) {
        let _ = write!(
            h,
            "<details><summary><b>{}</b> {} articles · {} · <span class=\"muted\">{}</span></summary><ul>",
            e(&story.id),
            story.size,
            e(&story.entities.join(", ")),
            e(&story.outlets.join(", "))
        );
        for a in story.articles.iter().take(MEMBERS) {
            let _ = write!(h, "<li>{}</li>", article_label(a));
        }
        h.push_str("</ul></details>");
    }
    h.push_str("</section>\n");
}

fn bar(h: &mut String, label: &str, value: u64, max: u64, class: &str) {
    h.push_str("<li>");
    bar_body(h, label, value, max, class);
    h.push_str("</li>");
}

fn bar_body(h: &mut String, label: &str, value: u64, max: u64, class: &str) {
    let width = (value as f64 / max.max(1) as f64 * 100.0).clamp(1.0, 100.0);
    let _ = write!(
        h,
        "<div class=\"bar {class}\"><i style=\"width:{width:.1}%\"></i><em>{}</em></div><span class=\"num\">{value}</span>",
        e(label)
    );
}

/// The clean text as paragraphs, entity mentions highlighted. Mentions with
/// offsets outside the text, off character boundaries, overlapping an
/// earlier one or crossing a paragraph break are shown as plain text.
fn render_text(out: &mut String, article: &ArticleRecord, limit: usize) {
    let text = &article.text;
    let mut end_of_shown = text.len().min(limit);
    while !text.is_char_boundary(end_of_shown) {
        end_of_shown -= 1;
    }
    let shown = &text[..end_of_shown];
    let mut mentions: Vec<(usize, usize, EntityKind, &str)> = article
        .entities
        .iter()
        .filter_map(|m| Some((m.clean_start?, m.clean_end?, m.kind, m.canonical.as_str())))
        .filter(|&(start, end, _, _)| {
            start < end
                && end <= shown.len()
                && shown.is_char_boundary(start)
                && shown.is_char_boundary(end)
                && !shown[start..end].contains('\n')
        })
        .collect();
    mentions.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
    out.push_str("<div class=\"text\"><p>");
    let mut at = 0;
    let push_plain = |out: &mut String, piece: &str| {
        let mut first = true;
        for line in piece.split('\n') {
            if !first {
                out.push_str("</p><p>");
            }
            first = false;
            esc(out, line);
        }
    };
    for (start, end, kind, canonical) in mentions {
        if start < at {
            continue;
        }
        push_plain(out, &shown[at..start]);
        // Pieces pushed, not formatted: a page shows thousands of these.
        out.push_str("<mark class=\"");
        out.push_str(kind_class(kind));
        out.push_str("\" title=\"");
        out.push_str(kind.label());
        out.push_str(" · ");
        esc(out, canonical);
        out.push_str("\">");
        esc(out, &shown[start..end]);
        out.push_str("</mark>");
        at = end;
    }
    push_plain(out, &shown[at..]);
    out.push_str("</p>");
    if end_of_shown < text.len() {
        let _ = write!(
            out,
            "<p class=\"muted small\">… {} more bytes in articles.jsonl</p>",
            text.len() - end_of_shown
        );
    }
    out.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MentionRecord;
    use newsmill_types::Source;

    #[test]
    fn escapes_everything() {
        assert_eq!(
            e("<script>alert('x')</script> & \"q\"").to_string(),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        // Text between the escaped characters is copied whole, whatever
        // its script.
        assert_eq!(e("é<ü>&日本").to_string(), "é&lt;ü&gt;&amp;日本");
        assert_eq!(e("<").to_string(), "&lt;");
        assert_eq!(e("").to_string(), "");
        assert_eq!(e("plain").to_string(), "plain");
        // Escaping into a string writes what the format form writes.
        for text in [
            "<script>alert('x')</script> & \"q\"",
            "é<ü>&日本",
            "<",
            "",
            "plain",
        ] {
            let mut out = String::from("~");
            esc(&mut out, text);
            assert_eq!(out, format!("~{}", e(text)), "{text}");
        }
    }

    #[test]
    fn highlights_mentions_and_skips_bad_offsets() {
        let mut article = ArticleRecord::new(
            "a",
            Source {
                path: "x".into(),
                line: None,
            },
        );
        article.text = "Hamas met <b>Witkoff</b>.\nGaza é".into();
        let mention = |start: usize, end: usize, kind| MentionRecord {
            text: article.text.get(start..end).unwrap_or("").to_string(),
            kind,
            start,
            end,
            clean_start: Some(start),
            clean_end: Some(end),
            canonical: "C<x>".into(),
            zone: newsmill_types::Zone::Body,
        };
        article.entities = vec![
            mention(0, 5, EntityKind::Organisation),
            mention(13, 20, EntityKind::Person),
            mention(26, 30, EntityKind::Place),
            mention(2, 4, EntityKind::Misc),   // overlaps
            mention(31, 32, EntityKind::Misc), // inside 'é'
            mention(20, 99, EntityKind::Misc), // out of bounds
            mention(20, 28, EntityKind::Misc), // crosses the paragraph break
        ];
        let mut out = String::new();
        render_text(&mut out, &article, 10_000);
        assert_eq!(
            out,
            "<div class=\"text\"><p><mark class=\"org\" title=\"ORG · C&lt;x&gt;\">Hamas</mark> met &lt;b&gt;<mark class=\"per\" title=\"PER · C&lt;x&gt;\">Witkoff</mark>&lt;/b&gt;.</p><p><mark class=\"loc\" title=\"LOC · C&lt;x&gt;\">Gaza</mark> é</p></div>"
        );
        let mut cut = String::new();
        render_text(&mut cut, &article, 32);
        assert!(cut.contains("more bytes in articles.jsonl"), "{cut}");
    }
}
