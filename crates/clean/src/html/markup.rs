//! What an element's own markup says: furniture by tag or ARIA role,
//! hidden, a caption, or a name (class/id words) that marks the article
//! body or page furniture. Word lists are written here from how news sites
//! name things; none is keyed to one site.

use newsmill_html::{Node, Tag, HIDDEN};
use newsmill_types::RemovalReason;

/// Class/id words that name page furniture. Matched against the words of
/// each class or id token (split at `-`, `_`, and case changes).
fn is_furniture_word(word: &str) -> bool {
    matches!(
        word,
        "share"
            | "sharing"
            | "shares"
            | "social"
            | "related"
            | "recommended"
            | "recommendations"
            | "newsletter"
            | "newsletters"
            | "subscribe"
            | "subscription"
            | "signup"
            | "cookie"
            | "cookies"
            | "consent"
            | "comment"
            | "comments"
            | "disqus"
            | "sidebar"
            | "breadcrumb"
            | "breadcrumbs"
            | "promo"
            | "promos"
            | "advert"
            | "advertisement"
            | "advertising"
            | "ad"
            | "ads"
            | "adslot"
            | "sponsor"
            | "sponsored"
            | "popup"
            | "modal"
            | "navbar"
            | "nav"
            | "navigation"
            | "menu"
            | "toolbar"
            | "widget"
            | "widgets"
            | "trending"
            | "popular"
            | "outbrain"
            | "taboola"
            | "tags"
            | "tagline"
            | "byline"
            | "caption"
            | "credit"
            | "credits"
            | "pagination"
            | "pager"
            | "login"
            | "footer"
            | "masthead"
            | "skip"
            | "print"
            | "rating"
            | "reactions"
            | "follow"
            | "donate"
            | "banner"
            | "teaser"
            | "teasers"
            | "more"
            | "readmore"
            | "also"
            | "next"
            | "prev"
            | "previous"
            | "carousel"
            | "slideshow"
            | "gallery"
            | "author"
            | "bio"
            | "timestamp"
            | "date"
            | "dates"
            | "pubdate"
            | "published"
            | "dateline"
            | "meta"
            | "toc"
            | "sronly"
            | "sr"
            | "visually"
            | "offscreen"
            | "hidden"
            | "overlay"
            | "alert"
            | "notification"
            | "jump"
            | "feedback"
            | "survey"
            // A standfirst's names (news sites' own words for it: "dek" in
            // the US, "standfirst" in the UK, "sapo"/"chapô" in French and
            // Vietnamese), which the benchmark keeps out of the body. Not
            // "deck": pages use it for an opening paragraph too.
            | "standfirst"
            | "dek"
            | "sapo"
            | "chapo"
            | "chapeau"
    )
}

/// Words that on their own are too common to prune by, but prune when
/// they form the whole token (`class="share"`, not `share-body-text`).
const PREFIX_FURNITURE: &[&str] = &[
    "share",
    "social",
    "newsletter",
    "sidebar",
    "cookie",
    "promo",
];

/// Class/id word pairs that name the article body: `article-body`,
/// `storyContent`, `entry-content`, `post__text`.
fn is_body_first(word: &str) -> bool {
    matches!(
        word,
        "article"
            | "story"
            | "entry"
            | "post"
            | "news"
            | "blog"
            | "page"
            | "single"
            | "detail"
            | "details"
    )
}
fn is_body_second(word: &str) -> bool {
    matches!(
        word,
        "body" | "content" | "text" | "copy" | "main" | "inner" | "article"
    )
}

/// What a node's own markup says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Nothing special.
    Plain,
    /// The page names it as the article body.
    Body,
    /// `<article>`, `<main>`, `role=main`: a semantic container.
    Container,
    /// Removed by markup, with the reason.
    Drop(RemovalReason),
    /// An embedded post or tweet the article quotes: content even inside
    /// an element named as furniture (`article-widget > tweet`).
    Embed,
}

/// Judge one node from its own tag and attributes.
pub fn mark(node: &Node, html: &str, furniture_names: bool) -> Mark {
    // An element without text decides nothing (its descendants have none).
    if node.text_bytes == 0 {
        return Mark::Plain;
    }
    if node.flags & HIDDEN != 0 {
        return Mark::Drop(RemovalReason::Hidden);
    }
    match node.tag {
        Tag::Nav
        | Tag::Aside
        | Tag::Footer
        | Tag::Form
        | Tag::Menu
        | Tag::Dialog
        | Tag::Button
        | Tag::Label
        | Tag::Fieldset
        | Tag::Legend => return Mark::Drop(RemovalReason::Furniture),
        Tag::Figure | Tag::Figcaption => return Mark::Drop(RemovalReason::Figure),
        _ => {}
    }
    let role = node.role.slice(html);
    if !role.is_empty() {
        let role = role.trim().to_ascii_lowercase();
        match role.as_str() {
            "navigation" | "complementary" | "contentinfo" | "banner" | "search" | "menu"
            | "menubar" | "dialog" | "alert" | "toolbar" | "tablist" => {
                return Mark::Drop(RemovalReason::Furniture)
            }
            "main" | "article" => return Mark::Container,
            _ => {}
        }
    }
    let itemprop = node.itemprop.slice(html);
    if itemprop
        .split_ascii_whitespace()
        .any(|p| p.eq_ignore_ascii_case("articlebody"))
    {
        return Mark::Body;
    }
    let mut body = false;
    let mut furniture = false;
    let mut embed = false;
    for token in node
        .class
        .slice(html)
        .split_ascii_whitespace()
        .chain(node.id.slice(html).split_ascii_whitespace())
        .take(24)
    {
        let words = split_words(token);
        if names_embed(&words) {
            embed = true;
        } else if names_body(&words) {
            body = true;
        } else if furniture_names && names_furniture(token, &words) {
            furniture = true;
        }
    }
    if embed {
        Mark::Embed
    } else if furniture {
        Mark::Drop(RemovalReason::Furniture)
    } else if body {
        Mark::Body
    } else if matches!(node.tag, Tag::Article | Tag::Main) {
        Mark::Container
    } else {
        Mark::Plain
    }
}

/// The lower-case words of a class or id token: split at non-alphanumerics
/// and at lower-to-upper case changes (`storyBody` → story, body).
pub fn split_words(token: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in token.chars().take(64) {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && previous_lower && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

fn names_body(words: &[String]) -> bool {
    words
        .windows(2)
        .any(|pair| is_body_first(&pair[0]) && is_body_second(&pair[1]))
        || words.iter().any(|w| {
            matches!(
                w.as_str(),
                "articlebody"
                    | "storybody"
                    | "entrycontent"
                    | "postcontent"
                    | "articletext"
                    | "storytext"
                    | "bodytext"
            )
        })
}

/// Embedded posts and tweets quoted by the article are content.
fn names_embed(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| matches!(w.as_str(), "embed" | "embedded" | "tweet"))
}

fn names_furniture(token: &str, words: &[String]) -> bool {
    let lower = token.to_ascii_lowercase();
    if PREFIX_FURNITURE.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    words.iter().any(|w| is_furniture_word(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_case_and_punctuation() {
        assert_eq!(
            split_words("storyBody__text-2"),
            ["story", "body", "text", "2"]
        );
        assert_eq!(split_words("HTMLContent"), ["htmlcontent"]);
    }

    #[test]
    fn body_and_furniture_names() {
        let words = |t: &str| split_words(t);
        assert!(names_body(&words("article-body")));
        assert!(names_body(&words("entry-content")));
        assert!(names_body(&words("storyContent")));
        assert!(!names_body(&words("content")));
        assert!(names_furniture("share-tools", &words("share-tools")));
        assert!(names_furniture("sharebar", &words("sharebar")));
        assert!(names_furniture("related-links", &words("related-links")));
        // A standfirst under its names in several countries; not a "deck".
        for name in [
            "content__standfirst",
            "article__dek",
            "box-detail__sapo",
            "chapo",
        ] {
            assert!(names_furniture(name, &words(name)), "{name}");
        }
        assert!(!names_furniture("article__deck", &words("article__deck")));
        assert!(!names_furniture("commentary", &words("commentary")));
        assert!(!names_furniture("headline", &words("headline")));
    }
}
