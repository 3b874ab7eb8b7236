//! Page metadata: what the markup says about the article, gathered while
//! the page is read and settled by a fixed precedence at the end.
//!
//! Precedence (first found wins):
//! - title: JSON-LD `headline` > `og:title` > `twitter:title` (unless it is
//!   only the site name) > an `<h1>` the `<title>` begins with > the `<title>`
//!   without its " - Site" part > the first `<h1>`; a trailing " | Site"
//!   naming `og:site_name` is cut
//! - authors: JSON-LD `author` > `<meta name=author>` (and its usual
//!   aliases) > `rel=author` / `itemprop=author` elements > elements whose
//!   class or id is `author`/`byline`
//! - published: JSON-LD `datePublished` > `article:published_time` and
//!   other date `<meta>` > first `<time datetime>` in the body
//! - modified: JSON-LD `dateModified` > `article:modified_time` / `og:updated_time`
//! - site name: `og:site_name` > JSON-LD `publisher.name` > `application-name`
//! - canonical URL: `<link rel=canonical>` > `og:url` > JSON-LD `url`
//! - description: `<meta name=description>` > `og:description` > JSON-LD `description`
//! - language: `<html lang>` > `og:locale` > JSON-LD `inLanguage`

use crate::page::{Page, REL_AUTHOR};
use crate::tags::Tag;
use crate::text::{collapse, decode_entities};
use crate::tokenizer::attributes;
use newsmill_types::PageMetadata;
use serde_json::Value;

/// JSON-LD blocks larger than this are not parsed (a page's article
/// metadata is a few kilobytes; the cap bounds the work on hostile pages).
const MAX_JSON_LD_BYTES: usize = 1 << 20;

#[derive(Debug, Default)]
pub struct MetaCollector {
    json_ld: PageMetadata,
    tags: PageMetadata,
    twitter_title: Option<String>,
    application_name: Option<String>,
    og_url: Option<String>,
    og_description: Option<String>,
    og_locale: Option<String>,
    first_time: Option<String>,
    html_lang: Option<String>,
    json_ld_seen: usize,
}

/// A date a CMS writes when it has none (`0001-01-01`, `1970-01-01`).
fn placeholder_date(value: &str) -> bool {
    let year: u32 = value
        .trim()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(9999);
    year < 1980
}

fn set_date(slot: &mut Option<String>, value: &str) {
    if !placeholder_date(value) {
        set(slot, value);
    }
}

fn set(slot: &mut Option<String>, value: &str) {
    if slot.is_none() {
        let value = collapse(value);
        if !value.is_empty() {
            *slot = Some(value);
        }
    }
}

/// JSON-LD strings are not HTML-decoded by the browser, yet many sites
/// write entities in them (some twice): decode once more than markup.
fn set_json(slot: &mut Option<String>, value: &str) {
    set(slot, &decode_entities(value));
}

fn add_author(authors: &mut Vec<String>, name: &str) {
    let name = collapse(name);
    let name = name.trim_matches(|c: char| c == ',' || c.is_whitespace());
    let name = ["By ", "by ", "BY "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name)
        .trim();
    // A byline that carries its date ("Jane Doe; Monday, November 18, 2019"):
    // the name is the part before it.
    let name = match name.find(|c: char| c.is_ascii_digit()) {
        Some(at) => match name[..at].rsplit_once([';', '|']) {
            Some((head, _)) => head.trim(),
            // A date alone, or a name with digits: not a name.
            None => return,
        },
        None => name,
    };
    if name.is_empty()
        || name.len() > 120
        || name.chars().any(|c| c.is_ascii_digit())
        || name.starts_with("http")
        || authors.iter().any(|a| a.eq_ignore_ascii_case(name))
    {
        return;
    }
    authors.push(name.to_string());
}

impl MetaCollector {
    pub fn meta_tag(&mut self, raw: &str) {
        let mut key = None;
        let mut content = None;
        for (name, value) in attributes(raw) {
            if name.eq_ignore_ascii_case("content") {
                content = Some(value);
            } else if name.eq_ignore_ascii_case("name")
                || name.eq_ignore_ascii_case("property")
                || name.eq_ignore_ascii_case("itemprop")
            {
                key.get_or_insert(value);
            }
        }
        let (Some(key), Some(content)) = (key, content) else {
            return;
        };
        if content.trim().is_empty() {
            return;
        }
        let key = key.trim().to_ascii_lowercase();
        let tags = &mut self.tags;
        match key.as_str() {
            "og:title" => set(&mut tags.title, content),
            "twitter:title" => set(&mut self.twitter_title, content),
            "author" | "article:author" | "byl" | "dc.creator" | "parsely-author"
            | "sailthru.author" => {
                for name in content.split([';', '|']) {
                    let name = name.trim();
                    let name = name
                        .strip_prefix("By ")
                        .or_else(|| name.strip_prefix("by "))
                        .unwrap_or(name);
                    add_author(&mut tags.authors, name);
                }
            }
            "article:published_time"
            | "datepublished"
            | "pubdate"
            | "publishdate"
            | "date"
            | "dc.date"
            | "dc.date.issued"
            | "og:published_time"
            | "parsely-pub-date"
            | "sailthru.date"
            | "publish-date" => set_date(&mut tags.published, content),
            "article:modified_time" | "og:updated_time" | "datemodified" => {
                set_date(&mut tags.modified, content)
            }
            "og:site_name" => set(&mut tags.site_name, content),
            "application-name" => set(&mut self.application_name, content),
            "description" => set(&mut tags.description, content),
            "og:description" => set(&mut self.og_description, content),
            "og:url" => set(&mut self.og_url, content),
            "og:locale" => set(&mut self.og_locale, content),
            _ => {}
        }
    }

    pub fn link_tag(&mut self, raw: &str) {
        let mut canonical = false;
        let mut href = None;
        for (name, value) in attributes(raw) {
            if name.eq_ignore_ascii_case("rel") {
                canonical = value.eq_ignore_ascii_case("canonical");
            } else if name.eq_ignore_ascii_case("href") {
                href = Some(value);
            }
        }
        if let (true, Some(href)) = (canonical, href) {
            set(&mut self.tags.canonical_url, href);
        }
    }

    pub fn html_tag(&mut self, raw: &str) {
        for (name, value) in attributes(raw) {
            if name.eq_ignore_ascii_case("lang") || name.eq_ignore_ascii_case("xml:lang") {
                set(&mut self.html_lang, value);
            }
        }
    }

    pub fn time_tag(&mut self, datetime: &str) {
        set_date(&mut self.first_time, datetime);
    }

    pub fn json_ld(&mut self, content: &str) {
        self.json_ld_seen += 1;
        if content.len() > MAX_JSON_LD_BYTES || self.json_ld_seen > 16 {
            return;
        }
        // Some pages wrap the JSON in a CDATA section or an HTML comment.
        let trimmed = content
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim()
            .trim_end_matches(';');
        if let Ok(value) = serde_json::from_str::<Value>(trimmed) {
            self.json_ld_value(&value, 0);
        }
    }

    fn json_ld_value(&mut self, value: &Value, depth: usize) {
        if depth > 4 {
            return;
        }
        match value {
            Value::Array(items) => {
                for item in items.iter().take(64) {
                    self.json_ld_value(item, depth + 1);
                }
            }
            Value::Object(object) => {
                if let Some(graph) = object.get("@graph") {
                    self.json_ld_value(graph, depth + 1);
                }
                if is_article_type(object.get("@type")) {
                    self.json_ld_article(object);
                }
            }
            _ => {}
        }
    }

    fn json_ld_article(&mut self, object: &serde_json::Map<String, Value>) {
        let text = |key: &str| object.get(key).and_then(Value::as_str);
        let meta = &mut self.json_ld;
        if let Some(headline) = text("headline").or_else(|| text("name")) {
            set_json(&mut meta.title, headline);
        }
        if meta.authors.is_empty() {
            if let Some(author) = object.get("author").or_else(|| object.get("creator")) {
                for name in names(author) {
                    add_author(&mut meta.authors, &decode_entities(name));
                }
            }
        }
        if let Some(date) = text("datePublished").or_else(|| text("dateCreated")) {
            if !placeholder_date(date) {
                set_json(&mut meta.published, date);
            }
        }
        if let Some(date) = text("dateModified") {
            if !placeholder_date(date) {
                set_json(&mut meta.modified, date);
            }
        }
        if let Some(publisher) = object.get("publisher") {
            if let Some(name) = names(publisher).first() {
                set_json(&mut meta.site_name, name);
            }
        }
        if let Some(url) = text("url").or_else(|| {
            object
                .get("mainEntityOfPage")
                .and_then(|m| m.as_str().or_else(|| m.get("@id").and_then(Value::as_str)))
        }) {
            set_json(&mut meta.canonical_url, url);
        }
        if let Some(description) = text("description") {
            set_json(&mut meta.description, description);
        }
        if let Some(language) = text("inLanguage") {
            set_json(&mut meta.language, language);
        }
    }

    pub fn finish(self, html: &str, page: &Page) -> PageMetadata {
        let MetaCollector {
            json_ld,
            tags,
            twitter_title,
            application_name,
            og_url,
            og_description,
            og_locale,
            first_time,
            html_lang,
            ..
        } = self;
        let first = |candidates: [Option<String>; 3]| candidates.into_iter().flatten().next();
        let authors = if !json_ld.authors.is_empty() {
            json_ld.authors
        } else if !tags.authors.is_empty() {
            tags.authors
        } else {
            byline_elements(html, page)
        };
        let site_name = first([tags.site_name, json_ld.site_name, application_name]);
        let title = first([json_ld.title, tags.title, twitter_title])
            .filter(|t| !names_the_site(t, site_name.as_deref(), page.title.as_deref()))
            .or_else(|| page_headline(page))
            .map(|t| without_site_suffix(t, site_name.as_deref()));
        PageMetadata {
            title,
            authors,
            published: first([json_ld.published, tags.published, first_time]),
            modified: first([json_ld.modified, tags.modified, None]),
            site_name,
            canonical_url: first([tags.canonical_url, og_url, json_ld.canonical_url]),
            description: first([tags.description, og_description, json_ld.description]),
            language: first([html_lang, og_locale, json_ld.language]),
        }
    }
}

fn is_article_type(kind: Option<&Value>) -> bool {
    let matches = |s: &str| {
        s.ends_with("Article")
            || matches!(
                s,
                "BlogPosting" | "Report" | "LiveBlogPosting" | "SocialMediaPosting" | "Review"
            )
    };
    match kind {
        Some(Value::String(s)) => matches(s),
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

/// Names in a JSON-LD person/organisation value: a string, an object with
/// `name`, or an array of those.
fn names(value: &Value) -> Vec<&str> {
    match value {
        Value::String(s) => vec![s.as_str()],
        Value::Object(o) => o.get("name").and_then(Value::as_str).into_iter().collect(),
        Value::Array(items) => items.iter().take(16).flat_map(names).collect(),
        _ => Vec::new(),
    }
}

/// The headline from the page itself: an `<h1>` that the `<title>` begins
/// with, else the `<title>` without its " - Site" part, else the first `<h1>`.
fn page_headline(page: &Page) -> Option<String> {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let headings: Vec<&str> = page
        .lines
        .iter()
        .filter(|l| {
            page.nodes
                .get(l.node as usize)
                .is_some_and(|n| n.tag == Tag::H1)
        })
        .map(|l| l.span.slice(&page.text).trim())
        .filter(|t| !t.is_empty())
        .take(8)
        .collect();
    if let Some(title) = page.title.as_deref() {
        let title_key = squash(title);
        if let Some(h) = headings.iter().find(|h| {
            let key = squash(h);
            key.len() >= 8 && title_key.starts_with(&key)
        }) {
            return Some(h.to_string());
        }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            if let Some((head, _)) = title.rsplit_once(separator) {
                if head.trim().chars().count() >= 15 {
                    return Some(head.trim().to_string());
                }
            }
        }
    }
    headings.first().map(|h| h.to_string())
}

/// Author names from byline elements: `rel=author` or `itemprop=author`
/// first, then elements whose class or id names an author or byline.
fn byline_elements(html: &str, page: &Page) -> Vec<String> {
    let marked = |id: usize| {
        let node = &page.nodes[id];
        node.flags & REL_AUTHOR != 0
            || node
                .itemprop
                .slice(html)
                .split_ascii_whitespace()
                .any(|t| t == "author")
    };
    let named = |id: usize| {
        let node = &page.nodes[id];
        let tokens = node
            .class
            .slice(html)
            .split_ascii_whitespace()
            .chain(node.id.slice(html).split_ascii_whitespace());
        tokens.into_iter().any(|t| {
            let t = t.to_ascii_lowercase();
            matches!(
                t.as_str(),
                "author" | "byline" | "author-name" | "authorname" | "byline-name" | "author__name"
            )
        })
    };
    let mut authors = Vec::new();
    for wanted in [&marked as &dyn Fn(usize) -> bool, &named] {
        for line in &page.lines {
            if authors.len() >= 4 {
                break;
            }
            let mut node = line.node;
            let mut hops = 0;
            let mut hit = false;
            while let Some(n) = page.nodes.get(node as usize) {
                if wanted(node as usize) {
                    hit = true;
                    break;
                }
                hops += 1;
                if hops > 3 {
                    break;
                }
                node = n.parent;
            }
            if !hit || in_comments(html, page, line.node) {
                continue;
            }
            let text = line.span.slice(&page.text).trim();
            let text = text
                .strip_prefix("By ")
                .or_else(|| text.strip_prefix("by "))
                .or_else(|| text.strip_prefix("BY "))
                .unwrap_or(text);
            if text.split_whitespace().count() <= 5 && text.chars().any(char::is_uppercase) {
                add_author(&mut authors, text);
            }
        }
        if !authors.is_empty() {
            break;
        }
    }
    authors
}

/// Whether an element is inside a comment section (commenters' names are
/// not the article's authors).
fn in_comments(html: &str, page: &Page, mut node: u32) -> bool {
    while let Some(n) = page.nodes.get(node as usize) {
        let names = [n.class.slice(html), n.id.slice(html)];
        if names
            .iter()
            .any(|v| v.to_ascii_lowercase().contains("comment"))
        {
            return true;
        }
        node = n.parent;
    }
    false
}

/// The headline without a trailing " | Site" / " - Site" naming the site.
fn without_site_suffix(title: String, site: Option<&str>) -> String {
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else {
        return title;
    };
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            let tail = tail.trim();
            let same = tail.eq_ignore_ascii_case(site)
                || tail
                    .to_ascii_lowercase()
                    .replace(' ', "")
                    .contains(&site.to_ascii_lowercase().replace(' ', ""))
                || site
                    .to_ascii_lowercase()
                    .replace(' ', "")
                    .contains(&tail.to_ascii_lowercase().replace(' ', ""));
            if same && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// Whether a metadata "title" is only the site's name (some sites put it
/// in `og:title`): it equals the site name or the `<title>`'s site part.
fn names_the_site(title: &str, site: Option<&str>, page_title: Option<&str>) -> bool {
    let title = title.trim();
    if site.is_some_and(|s| s.trim().eq_ignore_ascii_case(title)) {
        return true;
    }
    let Some(page_title) = page_title else {
        return false;
    };
    [" | ", " - ", " – ", " — ", " :: ", " · "]
        .iter()
        .filter_map(|sep| page_title.rsplit_once(sep))
        .any(|(head, tail)| !head.trim().is_empty() && tail.trim().eq_ignore_ascii_case(title))
}
