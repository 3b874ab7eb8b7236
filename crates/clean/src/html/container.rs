//! Which element holds the article: the page's own word for it when that
//! element holds a fair share of the page's prose, else the deepest element
//! that holds nearly all of it. Prose is measured with the text cleaner's
//! own line features, so the two stages agree on what "article text" is.

use super::markup::Mark;
use super::HtmlOptions;
use newsmill_html::{Page, NO_NODE};

/// A marked body on a page without prose needs this many bytes of text
/// outside links.
const MIN_MARKED_TEXT: u32 = 200;
/// "Following the headline": its first line at most this many lines after it.
const HEADLINE_GAP: usize = 12;
/// Elements with less prose than this (weighted characters) are not
/// candidates.
const MIN_PROSE: f32 = 250.0;

/// The article element and how it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Container {
    pub node: u32,
    pub semantic: bool,
}

/// Pick the container from per-node prose totals (subtree sums).
pub fn choose(
    page: &Page,
    html: &str,
    marks: &[Mark],
    prose: &[f32],
    headline: Option<usize>,
    options: &HtmlOptions,
) -> Option<Container> {
    let total: f32 = page
        .nodes
        .iter()
        .zip(prose)
        .filter(|(n, _)| n.parent == NO_NODE)
        .map(|(_, p)| *p)
        .sum();
    if total < MIN_PROSE {
        return marked_body_by_text(page, marks);
    }
    // Semantic candidates: the page's body marker first, then <article>/<main>.
    for wanted in [Mark::Body, Mark::Container] {
        // When the page repeats several containers (a story, then teaser
        // stories), the one holding or just following the headline is the
        // article; otherwise the one with the most prose, if it holds a
        // fair share of it.
        let anchored = headline.and_then(|line| {
            most_prose(
                prose,
                (0..page.nodes.len()).filter(|&i| {
                    marks[i] == wanted
                        && prose[i] >= MIN_PROSE.max(options.anchored_share * total)
                        && near_headline(page, i as u32, line)
                }),
            )
        });
        let anchored = anchored.map(|a| {
            headline
                .and_then(|line| story_holding_headline(page, marks, prose, a, wanted, line))
                .unwrap_or(a)
        });
        let best = anchored.or_else(|| {
            most_prose(
                prose,
                (0..page.nodes.len()).filter(|&i| marks[i] == wanted && prose[i] >= MIN_PROSE),
            )
            .filter(|&b| prose[b] >= options.semantic_share * total)
        });
        if let Some(best) =
            best.map(|b| deepest_equivalent(page, marks, prose, b, wanted, options.nested_share))
        {
            let node = if wanted == Mark::Body {
                widen_to_siblings(page, html, marks, prose, best as u32)
            } else {
                best as u32
            };
            return Some(Container {
                node,
                semantic: true,
            });
        }
    }
    // Descend from the roots while one child holds nearly all the prose.
    let mut current = most_prose(
        prose,
        (0..page.nodes.len()).filter(|&i| page.nodes[i].parent == NO_NODE),
    )?;
    if prose[current] < options.descent_share * total {
        return None;
    }
    loop {
        let node = &page.nodes[current];
        let mut child = current + 1;
        let mut next = None;
        while child <= node.last as usize && child < page.nodes.len() {
            if prose[child] >= options.descent_share * total {
                next = Some(child);
                break;
            }
            child = page.nodes[child].last as usize + 1;
        }
        match next {
            Some(c) => current = c,
            None => break,
        }
    }
    Some(Container {
        node: current as u32,
        semantic: false,
    })
}

/// Some pages split the body into several elements with the same marker
/// (paragraph groups between ads): the container is then their nearest
/// common ancestor.
fn widen_to_siblings(page: &Page, html: &str, marks: &[Mark], prose: &[f32], best: u32) -> u32 {
    let mut container = best;
    let class_of = |n: usize| page.nodes.get(n).map_or("", |n| n.class.slice(html));
    let best_class = class_of(best as usize);
    for (i, mark) in marks.iter().enumerate() {
        let i32 = i as u32;
        if *mark != Mark::Body || prose[i] < MIN_PROSE / 2.0 || class_of(i) != best_class {
            continue;
        }
        let inside = page
            .nodes
            .get(container as usize)
            .is_some_and(|n| n.contains(container, i32));
        let holds = page
            .nodes
            .get(i)
            .is_some_and(|n| n.contains(i32, container));
        if inside || holds {
            continue;
        }
        let parent_of = |n: u32| page.nodes.get(n as usize).map_or(NO_NODE, |n| n.parent);
        // Only siblings or cousins: the common ancestor must be close.
        let mut ancestor = container;
        let mut hops = 0;
        while ancestor != NO_NODE
            && !page
                .nodes
                .get(ancestor as usize)
                .is_some_and(|n| n.contains(ancestor, i32))
        {
            ancestor = parent_of(ancestor);
            hops += 1;
        }
        if ancestor != NO_NODE && hops <= 2 {
            container = ancestor;
        }
    }
    container
}

/// Whether element `node` holds line `headline` or starts at most
/// [`HEADLINE_GAP`] lines after it.
fn near_headline(page: &Page, node: u32, headline: usize) -> bool {
    let Some(n) = page.nodes.get(node as usize) else {
        return false;
    };
    let first = page.lines.iter().position(|l| n.contains(node, l.node));
    match first {
        Some(first) if first <= headline => page
            .lines
            .get(headline)
            .is_some_and(|l| n.contains(node, l.node)),
        Some(first) => first - headline <= HEADLINE_GAP,
        None => false,
    }
}

/// A container that holds several full stories of the same marker (a list
/// page that prints each story whole, or the next stories of an endless
/// scroll): the story that holds the headline line is the article. `None`
/// when `outer` holds fewer than two such stories or none holds the
/// headline.
fn story_holding_headline(
    page: &Page,
    marks: &[Mark],
    prose: &[f32],
    outer: usize,
    wanted: Mark,
    headline: usize,
) -> Option<usize> {
    let node = page.nodes.get(outer)?;
    let headline_node = page.lines.get(headline)?.node;
    let end = (node.last as usize).min(page.nodes.len().saturating_sub(1));
    let mut stories = 0;
    let mut holding = None;
    let mut i = outer + 1;
    // Outermost stories only: skip each story's own subtree.
    while i <= end {
        let Some(n) = page.nodes.get(i) else { break };
        if marks[i] == wanted && prose[i] >= MIN_PROSE {
            stories += 1;
            if n.contains(i as u32, headline_node) {
                holding = Some(i);
            }
            i = n.last as usize + 1;
        } else {
            i += 1;
        }
    }
    holding.filter(|_| stories >= 2)
}

/// A candidate nested inside `best` with most of its prose is the tighter
/// container (`<section role=main>` around `<article>`, a "single-content"
/// cell around the "article-body").
fn deepest_equivalent(
    page: &Page,
    marks: &[Mark],
    prose: &[f32],
    best: usize,
    wanted: Mark,
    nested_share: f32,
) -> usize {
    let Some(node) = page.nodes.get(best) else {
        return best;
    };
    let end = (node.last as usize).min(page.nodes.len().saturating_sub(1));
    (best + 1..=end)
        .rev()
        .find(|&i| marks[i] == wanted && prose[i] >= nested_share * prose[best])
        .unwrap_or(best)
}

/// A page with little prose (a results table, a schedule, a list) that
/// still marks its article body: the marked element with the most text
/// outside links, when it has some.
fn marked_body_by_text(page: &Page, marks: &[Mark]) -> Option<Container> {
    let plain_text = |i: usize| {
        let n = &page.nodes[i];
        n.text_bytes.saturating_sub(n.link_bytes)
    };
    let best = (0..page.nodes.len())
        .filter(|&i| marks[i] == Mark::Body)
        .max_by_key(|&i| (plain_text(i), i))?;
    (plain_text(best) >= MIN_MARKED_TEXT).then_some(Container {
        node: best as u32,
        semantic: true,
    })
}

/// The candidate with the most prose; on a tie the later (deeper) one.
fn most_prose(prose: &[f32], candidates: impl Iterator<Item = usize>) -> Option<usize> {
    candidates.max_by(|&a, &b| {
        prose[a]
            .partial_cmp(&prose[b])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
    })
}
