//! One pass over the tokens builds the flattened text, the light element
//! tree and the metadata sources together, so every line knows the element
//! it came from.

use crate::meta::MetaCollector;
use crate::tags::Tag;
use crate::text::{collapse, decode_entities, LineWriter};
use crate::tokenizer::{attributes, StartTag, Token, Tokenizer};
use newsmill_types::{PageMetadata, Span};

/// Elements nested deeper than this are read as text of their
/// deepest kept ancestor: a page nested 100,000 levels deep costs no more
/// than a flat one.
pub const MAX_DEPTH: usize = 256;

/// No element (text outside any element, or the page title line).
pub const NO_NODE: u32 = u32::MAX;

/// A byte range of the page (an attribute value as written).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Range {
    pub start: u32,
    pub end: u32,
}

impl Range {
    pub fn slice(self, html: &str) -> &str {
        html.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }

    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

/// The element is hidden by its own markup (`hidden`, `aria-hidden=true`,
/// `display:none`, `visibility:hidden` in `style`).
pub const HIDDEN: u8 = 1;
/// `rel=author` on the element.
pub const REL_AUTHOR: u8 = 2;

/// One element of the light tree. Elements are numbered in document
/// order, so an element's descendants are exactly the ids `id+1..=last`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub tag: Tag,
    pub parent: u32,
    /// The id of its last descendant (itself when it has none).
    pub last: u32,
    pub depth: u16,
    pub flags: u8,
    pub class: Range,
    pub id: Range,
    pub itemprop: Range,
    pub role: Range,
    /// Bytes of flattened text in this element and its descendants.
    pub text_bytes: u32,
    /// Of those, bytes inside links.
    pub link_bytes: u32,
}

impl Node {
    /// Whether `other` is this element or inside it.
    pub fn contains(&self, self_id: u32, other: u32) -> bool {
        other >= self_id && other <= self.last
    }
}

/// One line of the flattened text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Where the line is in [`Page::text`] (without its `\n`).
    pub span: Span,
    /// The innermost element holding all of the line's text, or [`NO_NODE`].
    pub node: u32,
    /// Bytes of the line inside links.
    pub link_bytes: u32,
}

/// A parsed page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The flattened text: the `<title>` as the first line, then one
    /// visible block per line, each line ending in `\n`.
    pub text: String,
    pub title: Option<String>,
    /// The lines of the body (not the title line), in order.
    pub lines: Vec<Line>,
    pub nodes: Vec<Node>,
    pub meta: PageMetadata,
}

impl Page {
    /// `body>div.story-body>p`: the element's path (from `<body>`), with the
    /// first class (or the id) of each element.
    pub fn dom_path(&self, html: &str, node: u32) -> String {
        let mut chain = Vec::new();
        let mut current = node;
        while let Some(n) = self.nodes.get(current as usize) {
            chain.push(current);
            current = n.parent;
        }
        let mut out = String::new();
        for &id in chain.iter().rev() {
            let Some(n) = self.nodes.get(id as usize) else {
                continue;
            };
            if !out.is_empty() {
                out.push('>');
            }
            out.push_str(n.tag.name());
            if let Some(class) = n.class.slice(html).split_ascii_whitespace().next() {
                out.push('.');
                out.push_str(class);
            } else if !n.id.is_empty() {
                out.push('#');
                out.push_str(n.id.slice(html).trim());
            }
        }
        out
    }
}

/// Parse a decoded page. Never fails and never panics; time and memory
/// are linear in the page's size.
pub fn parse(html: &str) -> Page {
    let mut builder = Builder {
        html,
        body: String::with_capacity(html.len() / 8),
        lines: Vec::new(),
        nodes: Vec::new(),
        stack: Vec::new(),
        open_links: 0,
        writer: LineWriter::default(),
        line_start: 0,
        line_node: NO_NODE,
        line_link_bytes: 0,
        in_head: false,
        title: None,
        meta: MetaCollector::default(),
    };
    let mut tokens = Tokenizer::new(html);
    while let Some(token) = tokens.next() {
        match token {
            Token::Text(raw) => builder.text(raw),
            Token::Start(tag) => builder.start(tag, &mut tokens),
            Token::End(tag) => builder.end(tag),
        }
    }
    builder.finish()
}

struct Builder<'a> {
    html: &'a str,
    body: String,
    lines: Vec<Line>,
    nodes: Vec<Node>,
    stack: Vec<u32>,
    open_links: u32,
    writer: LineWriter,
    line_start: usize,
    line_node: u32,
    line_link_bytes: u32,
    in_head: bool,
    title: Option<String>,
    meta: MetaCollector,
}

impl Builder<'_> {
    fn text(&mut self, raw: &str) {
        if self.in_head {
            return;
        }
        let decoded = decode_entities(raw);
        let line_was_started = self.writer.started();
        let written = self.writer.push(&mut self.body, &decoded) as u32;
        if written == 0 {
            return;
        }
        let top = self.stack.last().copied().unwrap_or(NO_NODE);
        self.line_node = if line_was_started {
            self.common_ancestor(self.line_node, top)
        } else {
            top
        };
        if self.open_links > 0 {
            self.line_link_bytes += written;
        }
        if let Some(node) = self.nodes.get_mut(top as usize) {
            node.text_bytes += written;
            if self.open_links > 0 {
                node.link_bytes += written;
            }
        }
    }

    fn common_ancestor(&self, mut a: u32, mut b: u32) -> u32 {
        let depth = |n: u32| {
            self.nodes
                .get(n as usize)
                .map_or(0, |n| n.depth as usize + 1)
        };
        let parent = |n: u32| self.nodes.get(n as usize).map_or(NO_NODE, |n| n.parent);
        while depth(a) > depth(b) {
            a = parent(a);
        }
        while depth(b) > depth(a) {
            b = parent(b);
        }
        while a != b {
            a = parent(a);
            b = parent(b);
        }
        a
    }

    fn finish_line(&mut self) {
        if self.writer.started() {
            self.lines.push(Line {
                span: Span::new(self.line_start, self.body.len()),
                node: self.line_node,
                link_bytes: self.line_link_bytes,
            });
            self.body.push('\n');
        }
        self.writer.reset();
        self.line_start = self.body.len();
        self.line_node = NO_NODE;
        self.line_link_bytes = 0;
    }

    fn start(&mut self, start: StartTag<'_>, tokens: &mut Tokenizer<'_>) {
        let tag = start.tag;
        match tag {
            Tag::Title => {
                let raw = tokens.raw_text_until_end_of("title");
                if self.title.is_none() {
                    let title = collapse(raw);
                    if !title.is_empty() {
                        self.title = Some(title);
                    }
                }
                self.finish_line();
                return;
            }
            Tag::Script => {
                let is_json_ld = attributes(start.attributes).any(|(k, v)| {
                    k.eq_ignore_ascii_case("type") && v.to_ascii_lowercase().contains("ld+json")
                });
                let content = tokens.raw_text_until_end_of("script");
                if is_json_ld {
                    self.meta.json_ld(content);
                }
                return;
            }
            Tag::Meta => {
                self.meta.meta_tag(start.attributes);
                return;
            }
            Tag::Link => {
                self.meta.link_tag(start.attributes);
                return;
            }
            Tag::Html => self.meta.html_tag(start.attributes),
            Tag::Head => self.in_head = true,
            Tag::Body => self.in_head = false,
            _ => {}
        }
        if tag.is_invisible() {
            tokens.raw_text_until_end_of(tag.name());
            return;
        }
        if tag.breaks_line() {
            self.finish_line();
        }
        if tag.is_void() || tag == Tag::Html || tag == Tag::Head {
            return;
        }
        if matches!(
            tag,
            Tag::P | Tag::Li | Tag::Option | Tag::Dt | Tag::Dd | Tag::Tr | Tag::Td | Tag::Th
        ) {
            // An unclosed paragraph or list item ends where the next begins.
            if let Some(&top) = self.stack.last() {
                if self.nodes.get(top as usize).is_some_and(|n| n.tag == tag) {
                    self.pop_to(self.stack.len() - 1);
                }
            }
        }
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        self.push(start);
    }

    fn push(&mut self, start: StartTag<'_>) {
        let id = self.nodes.len() as u32;
        let parent = self.stack.last().copied().unwrap_or(NO_NODE);
        let offset_of = |value: &str| -> Range {
            let base = self.html.as_ptr() as usize;
            let at = (value.as_ptr() as usize).saturating_sub(base);
            Range {
                start: at as u32,
                end: (at + value.len()) as u32,
            }
        };
        let mut node = Node {
            tag: start.tag,
            parent,
            last: id,
            depth: self.stack.len() as u16,
            flags: 0,
            class: Range::default(),
            id: Range::default(),
            itemprop: Range::default(),
            role: Range::default(),
            text_bytes: 0,
            link_bytes: 0,
        };
        for (name, value) in attributes(start.attributes) {
            let name_is = |n: &str| name.eq_ignore_ascii_case(n);
            if name_is("class") {
                node.class = offset_of(value);
            } else if name_is("id") {
                node.id = offset_of(value);
            } else if name_is("itemprop") {
                node.itemprop = offset_of(value);
            } else if name_is("role") {
                node.role = offset_of(value);
            } else if name_is("hidden")
                || (name_is("aria-hidden") && value.eq_ignore_ascii_case("true"))
                || (name_is("style") && hides(value))
            {
                node.flags |= HIDDEN;
            } else if name_is("rel") && value.eq_ignore_ascii_case("author") {
                node.flags |= REL_AUTHOR;
            } else if name_is("datetime") && start.tag == Tag::Time && !self.in_head {
                self.meta.time_tag(value);
            }
        }
        if start.tag == Tag::A {
            self.open_links += 1;
        }
        self.nodes.push(node);
        self.stack.push(id);
    }

    fn end(&mut self, tag: Tag) {
        if tag.breaks_line() {
            self.finish_line();
        }
        if tag == Tag::Head {
            self.in_head = false;
        }
        let found = self
            .stack
            .iter()
            .rposition(|&id| self.nodes.get(id as usize).is_some_and(|n| n.tag == tag));
        if let Some(at) = found {
            self.pop_to(at);
        }
    }

    /// Close the elements from `stack[at]` up.
    fn pop_to(&mut self, at: usize) {
        let last = self.nodes.len().saturating_sub(1) as u32;
        while self.stack.len() > at {
            if let Some(id) = self.stack.pop() {
                if let Some(node) = self.nodes.get_mut(id as usize) {
                    node.last = last;
                    if node.tag == Tag::A {
                        self.open_links = self.open_links.saturating_sub(1);
                    }
                }
            }
        }
    }

    fn finish(mut self) -> Page {
        self.finish_line();
        self.pop_to(0);
        // Subtree totals: children come after their parents.
        for id in (0..self.nodes.len()).rev() {
            let (parent, text, links) = {
                let n = &self.nodes[id];
                (n.parent, n.text_bytes, n.link_bytes)
            };
            if let Some(p) = self.nodes.get_mut(parent as usize) {
                p.text_bytes += text;
                p.link_bytes += links;
            }
        }
        let mut text = String::with_capacity(self.body.len() + 128);
        let shift = match &self.title {
            Some(title) => {
                text.push_str(title);
                text.push('\n');
                text.len()
            }
            None => 0,
        };
        text.push_str(&self.body);
        for line in &mut self.lines {
            line.span = Span::new(line.span.start + shift, line.span.end + shift);
        }
        let mut page = Page {
            text,
            title: self.title,
            lines: self.lines,
            nodes: self.nodes,
            meta: PageMetadata::default(),
        };
        page.meta = self.meta.finish(self.html, &page);
        page
    }
}

/// Whether a `style` attribute hides the element.
fn hides(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(200)
        .collect::<String>()
        .to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}
