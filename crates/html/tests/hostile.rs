//! Hostile pages: the reader must finish, stay within its depth cap and
//! keep every line span inside the text, whatever it is given.

use newsmill_html::{parse, Page, MAX_DEPTH};

fn check_invariants(page: &Page) {
    let mut previous_end = 0;
    for line in &page.lines {
        assert!(line.span.start <= line.span.end && line.span.end <= page.text.len());
        assert!(page.text.is_char_boundary(line.span.start));
        assert!(page.text.is_char_boundary(line.span.end));
        assert!(line.span.start >= previous_end, "lines in order, disjoint");
        assert_eq!(page.text.as_bytes().get(line.span.end), Some(&b'\n'));
        assert!(!line.span.slice(&page.text).trim().is_empty());
        previous_end = line.span.end;
    }
    for (id, node) in page.nodes.iter().enumerate() {
        assert!(usize::from(node.depth) < MAX_DEPTH);
        assert!(node.last as usize >= id && (node.last as usize) < page.nodes.len());
        assert!(node.link_bytes <= node.text_bytes);
    }
}

#[test]
fn a_page_nested_100000_levels_deep_is_read_flat_below_the_cap() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 12);
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str("deep text");
    for _ in 0..depth {
        html.push_str("</div>");
    }
    html.push_str("<p>after</p>");
    let page = parse(&html);
    check_invariants(&page);
    assert!(page.nodes.len() <= MAX_DEPTH + 1);
    assert_eq!(page.text, "deep text\nafter\n");
}

#[test]
fn unclosed_tags_close_at_the_end() {
    let page = parse("<html><body><div class=a><p>one<p>two<ul><li>x<li>y<span>z");
    check_invariants(&page);
    assert_eq!(page.text, "one\ntwo\nx\nyz\n");
    let page = parse("<div><p>text</div></p></span></body></html>tail");
    check_invariants(&page);
    assert_eq!(page.text, "text\ntail\n");
}

#[test]
fn binary_garbage_is_text_and_never_panics() {
    // A deterministic byte soup, decoded as ingest would (lossy UTF-8).
    let mut rng = newsmill_testkit::Rng::new(0x2545_f491_4f6c_dd1d);
    let mut bytes = Vec::with_capacity(1 << 20);
    let alphabet = b"<>/=\"' abcdiv-p!&#;x\n\0\xff\xfe\xc3\xa9";
    for _ in 0..(1 << 20) {
        bytes.push(alphabet[rng.below(alphabet.len())]);
    }
    let html = String::from_utf8_lossy(&bytes);
    let page = parse(&html);
    check_invariants(&page);
    for cut in [1, 2, 3, 17, 4096] {
        let end = (0..=cut.min(html.len()))
            .rev()
            .find(|&i| html.is_char_boundary(i))
            .unwrap_or(0);
        check_invariants(&parse(&html[..end]));
    }
}

#[test]
fn broken_tags_and_comments() {
    for html in [
        "<",
        "<p",
        "</",
        "<!--",
        "<!-- never closed <p>x</p>",
        "<script>never closed",
        "<style>",
        "<title>only a title",
        "<a href='x>text",
        "<div class=\"unterminated>text</div>",
        "&#99999999;&bogus;&",
        "<p>a</p\n>b",
        "<svg><title>icon</title></svg>visible",
    ] {
        check_invariants(&parse(html));
    }
    assert_eq!(parse("a < b").text, "a < b\n");
    assert_eq!(
        parse("<svg><title>icon</title></svg>visible").text,
        "visible\n"
    );
}

#[test]
fn a_50_megabyte_page_is_read_in_one_pass() {
    let paragraph = "<div class=\"story\"><p>The council met on Monday and approved the budget, officials said.</p><a href=/x>link</a></div>\n";
    let copies = 50 * 1024 * 1024 / paragraph.len() + 1;
    let html = paragraph.repeat(copies);
    assert!(html.len() >= 50 * 1024 * 1024);
    let page = parse(&html);
    assert_eq!(page.lines.len(), copies * 2);
    assert_eq!(page.nodes.len(), copies * 3);
    let first = page.lines[0];
    assert_eq!(
        first.span.slice(&page.text),
        "The council met on Monday and approved the budget, officials said."
    );
    assert_eq!(page.lines[1].link_bytes, 4);
}

#[test]
fn metadata_follows_the_documented_precedence() {
    let html = r#"<html lang="en-GB"><head><title>Talks stall | Example Post</title>
<meta property="og:title" content="Talks stall (og)">
<meta name="author" content="Meta Author">
<meta property="article:published_time" content="2025-03-01T10:00:00Z">
<meta property="og:site_name" content="Example Post">
<meta name="description" content="Envoys leave Cairo.">
<link rel="canonical" href="https://example.invalid/talks">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","name":"not this"},
 {"@type":"NewsArticle","headline":"Talks stall as envoys leave &amp; return",
  "author":[{"@type":"Person","name":"Jane Roe"},{"name":"John Doe"}],
  "datePublished":"2025-03-02T08:00:00Z","dateModified":"2025-03-02T09:00:00Z",
  "publisher":{"@type":"Organization","name":"Example Post Ltd"}}]}</script>
</head><body><h1>Headline in page</h1><time datetime="2025-01-01">Jan 1</time></body></html>"#;
    let meta = parse(html).meta;
    assert_eq!(
        meta.title.as_deref(),
        Some("Talks stall as envoys leave & return")
    );
    assert_eq!(meta.authors, ["Jane Roe", "John Doe"]);
    assert_eq!(meta.published.as_deref(), Some("2025-03-02T08:00:00Z"));
    assert_eq!(meta.modified.as_deref(), Some("2025-03-02T09:00:00Z"));
    assert_eq!(meta.site_name.as_deref(), Some("Example Post"));
    assert_eq!(
        meta.canonical_url.as_deref(),
        Some("https://example.invalid/talks")
    );
    assert_eq!(meta.description.as_deref(), Some("Envoys leave Cairo."));
    assert_eq!(meta.language.as_deref(), Some("en-GB"));

    // Without JSON-LD and <meta>: <h1>, byline element, <time>.
    let html = r#"<html><body><h1>Bridge reopens</h1><p class="byline">By <a rel="author" href="/a">Ana Lima</a></p>
<time datetime="2024-05-06T07:00:00Z">May 6</time><p>The bridge reopened on Monday.</p></body></html>"#;
    let meta = parse(html).meta;
    assert_eq!(meta.title.as_deref(), Some("Bridge reopens"));
    assert_eq!(meta.authors, ["Ana Lima"]);
    assert_eq!(meta.published.as_deref(), Some("2024-05-06T07:00:00Z"));
    assert_eq!(meta.site_name, None);

    // A placeholder date in a <meta> tag gives way to the page's <time>.
    let html = r#"<html><head><meta name="pubdate" content="0001-01-01T00:00:00Z"></head><body>
<time datetime="2024-05-06T07:00:00Z">May 6</time><p>The bridge reopened on Monday.</p></body></html>"#;
    assert_eq!(
        parse(html).meta.published.as_deref(),
        Some("2024-05-06T07:00:00Z")
    );
}
