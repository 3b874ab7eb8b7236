//! The HTML extractor on page structures that misled it on pages written to
//! test it from outside (session 35): an article wrapped in an element
//! named like furniture, a sidebar holding more text than a short brief,
//! and `<main id="main-content">` around the article and its comments.

use newsmill_clean::Cleaner;

fn body(html: &str) -> String {
    let (page, article) = Cleaner::default().clean_html_page(html);
    article.clean_text(&page.text).into_text()
}

const PARAGRAPHS: [&str; 3] = [
    "For one night every October, the old harbour goes dark and three thousand paper lanterns are carried down the hill to the water by the families who made them.",
    "The walk began in 1996 as a school project, when a teacher asked her class to make lanterns from willow and tissue paper to mark the end of the fishing season.",
    "Workshops run every weekend through September in the old net loft, where volunteers teach children and visitors how to soak, bend and tie the willow frames.",
];

#[test]
fn an_article_wrapped_in_a_gallery_keeps_its_text() {
    let mut html = String::from("<html><head><title>Lantern night – in pictures</title></head><body><header><nav><a href=/>News</a><a href=/sport>Sport</a></nav></header><main class=\"gallery-main\"><article class=\"gallery\"><h1>Lantern night – in pictures</h1><ul class=\"gallery__items\">");
    for (k, p) in PARAGRAPHS.iter().enumerate() {
        html.push_str(&format!("<div class=\"gallery__text\"><p>{p}</p></div><li class=\"gallery__item\"><figure><img src=\"{k}.jpg\"><figcaption>A child holds a lantern shaped like a fish. Photograph: Staff</figcaption></figure></li>"));
    }
    html.push_str("</ul></article></main><footer>© The Chronicle</footer></body></html>");
    let text = body(&html);
    for p in PARAGRAPHS {
        assert!(text.contains(p), "{p} missing from {text:?}");
    }
    assert!(!text.contains("Photograph"), "{text}");
}

#[test]
fn a_sidebar_longer_than_a_short_brief_is_still_a_sidebar() {
    let mut html = String::from("<html><head><title>Water main break closes street</title></head><body><main class=\"Page-main\"><div class=\"Page-content\"><article><h1>Water main break closes street</h1><div class=\"RichTextArticleBody\">");
    for p in PARAGRAPHS {
        html.push_str(&format!("<p>{p}</p>"));
    }
    html.push_str(
        "</div></article></div><aside class=\"Page-aside\"><h2>Community Calendar</h2><ul>",
    );
    for k in 0..12 {
        html.push_str(&format!("<li><p>The spring craft fair number {k} brings more than forty vendors, live music from a local band and a children's corner to the fairgrounds on Saturday from nine until four.</p></li>"));
    }
    html.push_str("</ul></aside></main></body></html>");
    let text = body(&html);
    for p in PARAGRAPHS {
        assert!(text.contains(p), "{p} missing from {text:?}");
    }
    assert!(!text.contains("craft fair"), "{text}");
}

#[test]
fn main_content_around_the_article_and_its_comments_is_not_the_article() {
    let mut html = String::from("<html><head><title>The village that reopened its school</title></head><body><main id=\"main-content\"><article><h1>The village that reopened its school</h1><div class=\"a_c\">");
    for p in PARAGRAPHS {
        html.push_str(&format!("<p>{p}</p>"));
    }
    html.push_str("</div></article><section class=\"cmt\"><h3>Readers' views</h3><ul>");
    for k in 0..2 {
        html.push_str(&format!(
            "<li><b>reader_{k}</b><p>What a lovely story about our old village school.</p></li>"
        ));
    }
    html.push_str("</ul></section></main></body></html>");
    let text = body(&html);
    for p in PARAGRAPHS {
        assert!(text.contains(p), "{p} missing from {text:?}");
    }
    assert!(!text.contains("lovely story"), "{text}");
}
