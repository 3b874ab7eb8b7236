//! A comment thread with no heading above it (name, bare timestamp,
//! comment, "Reply" for each comment, as blog and local-news pages print
//! them) ends the article: not even its first comment is kept. The page was
//! written by the team.

use newsmill_clean::Cleaner;

#[test]
fn a_thread_without_a_heading_ends_the_article() {
    let raw = include_str!("pages/en_blog_comments.txt");
    let article = Cleaner::default().clean(raw, None);
    let kept: Vec<&str> = article.paragraphs.iter().map(|s| s.slice(raw)).collect();
    assert_eq!(kept.len(), 8, "{kept:#?}");
    assert!(
        kept.iter().all(|p| p.starts_with("Paragraph ")),
        "{kept:#?}"
    );
}

#[test]
fn an_update_under_a_timestamp_without_a_reply_link_stays() {
    // A live page's updates also sit under bare timestamps: with no
    // "Reply" link they are the article.
    let raw = "County board hears residents on road plan\n\
        By Jo Marsh\n\
        The county board met again on Monday evening and heard from residents who said the new road plan would cut through the wetlands.\n\
        Update\n\
        November 12, 2026 at 4:15 pm\n\
        The chair has now promised a second hearing before any vote, after more than forty residents signed up to speak.\n\
        © 2026 The County Courier";
    let article = Cleaner::default().clean(raw, None);
    let kept: Vec<&str> = article.paragraphs.iter().map(|s| s.slice(raw)).collect();
    assert!(
        kept.iter()
            .any(|p| p.starts_with("The chair has now promised")),
        "{kept:#?}"
    );
}
