//! Which element holds the article: the page's own word for it when that
//! element holds a fair share of the page's prose, else the deepest element
//! that holds nearly all of it. Prose is measured with the text cleaner's
//! own line features, so the two stages agree on what "article text" is.

use super::markup::Mark;
use newsmill_html::{Page, NO_NODE};

/// A semantic container (`itemprop=articleBody`, an `article-body` class,
/// `<article>`) is trusted when it holds at least this share of the prose.
const SEMANTIC_SHARE: f32 = 0.4;
/// Without one, the article is the deepest element holding this share.
const DESCENT_SHARE: f32 = 0.8;
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
pub fn choose(page: &Page, marks: &[Mark], prose: &[f32]) -> Option<Container> {
    let total: f32 = page
        .nodes
        .iter()
        .zip(prose)
        .filter(|(n, _)| n.parent == NO_NODE)
        .map(|(_, p)| *p)
        .sum();
    if total < MIN_PROSE {
        return None;
    }
    // Semantic candidates: the page's body marker first, then <article>/<main>.
    for wanted in [Mark::Body, Mark::Container] {
        let best = (0..page.nodes.len())
            .filter(|&i| marks[i] == wanted && prose[i] >= MIN_PROSE)
            .max_by(|&a, &b| {
                prose[a]
                    .partial_cmp(&prose[b])
                    .unwrap_or(std::cmp::Ordering::Equal)
                    // On a tie the later (deeper) element wins.
                    .then(a.cmp(&b))
            });
        if let Some(best) = best {
            if prose[best] >= SEMANTIC_SHARE * total {
                return Some(Container {
                    node: widen_to_siblings(page, marks, prose, best as u32, wanted),
                    semantic: true,
                });
            }
        }
    }
    // Descend from the roots while one child holds nearly all the prose.
    let mut current = (0..page.nodes.len())
        .filter(|&i| page.nodes[i].parent == NO_NODE)
        .max_by(|&a, &b| {
            prose[a]
                .partial_cmp(&prose[b])
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
    if prose[current] < DESCENT_SHARE * total {
        return None;
    }
    loop {
        let node = &page.nodes[current];
        let mut child = current + 1;
        let mut next = None;
        while child <= node.last as usize && child < page.nodes.len() {
            if prose[child] >= DESCENT_SHARE * total {
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
fn widen_to_siblings(page: &Page, marks: &[Mark], prose: &[f32], best: u32, wanted: Mark) -> u32 {
    let mut container = best;
    for (i, mark) in marks.iter().enumerate() {
        let i32 = i as u32;
        if *mark != wanted || prose[i] < MIN_PROSE / 2.0 {
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
