//! Region selection on page shapes that captured it on unseen sites: a
//! share bar of prose-like rows above the article, and a box with a stop
//! heading inside the article column. Pages built here from invented text.

use newsmill_clean::Cleaner;

const SUBJECTS: &[&str] = &[
    "The harbour authority",
    "A spokeswoman for the council",
    "Ferry workers",
    "Residents of the north shore",
    "The regional transport minister",
];
const CLAIMS: &[&str] = &[
    "said the new terminal would open in stages before the summer season",
    "complained that ticket prices had risen twice in a single year",
    "asked for a later crossing so that night shifts could get home",
    "warned that the old pier would need repairs within five years",
    "promised a public meeting once the engineers finish their survey",
];

/// `n` distinct article paragraphs.
fn paragraphs(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            format!(
                "{} {}, and the plan discussed on day {} of the hearing drew {} written comments from the island.",
                SUBJECTS[i % SUBJECTS.len()],
                CLAIMS[(i / SUBJECTS.len() + i) % CLAIMS.len()],
                i + 1,
                12 * (i + 3)
            )
        })
        .collect()
}

const TEASERS: &[&str] = &[
    "Mayor resigns after a long row over the budget",
    "Storm closes the coastal road for a second day",
    "School meals to cost more from September",
    "Local team wins the regional cup in extra time",
    "New bakery opens on the high street",
    "Police appeal for witnesses after a crash on the bridge",
];

/// The site name, headline and byline every test page opens with.
fn masthead() -> Vec<String> {
    vec![
        "Island Gazette".to_string(),
        "Ferry terminal to open in stages".into(),
        "By Ann Lee".into(),
    ]
}

fn kept(raw: &str) -> Vec<String> {
    let article = Cleaner::default().clean(raw, None);
    article
        .paragraphs
        .iter()
        .map(|s| s.slice(raw).to_string())
        .collect()
}

#[test]
fn share_rows_above_a_popular_list_do_not_hide_the_article() {
    let networks = [
        "Facebook",
        "Twitter",
        "LinkedIn",
        "Reddit",
        "WhatsApp",
        "Telegram",
        "Pocket",
        "Tumblr",
        "Pinterest",
    ];
    let body = paragraphs(25);
    let mut page = vec!["Island Gazette".to_string(), "News".into(), "Sport".into()];
    page.push("Ferry terminal to open in stages".into());
    page.extend(
        networks
            .iter()
            .map(|n| format!("Click to share on {n} (Opens in new window)")),
    );
    page.push("Most Popular".into());
    page.extend(TEASERS.iter().map(|t| t.to_string()));
    page.extend(body.iter().cloned());
    page.push("You must be logged in to post a comment.".into());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn a_stop_heading_followed_by_more_article_does_not_truncate_it() {
    let body = paragraphs(20);
    let mut page = masthead();
    page.extend(body[..6].iter().cloned());
    page.push("Related Articles".into());
    page.extend(body[6..].iter().cloned());
    page.push("Most Popular".into());
    page.extend(TEASERS.iter().map(|t| t.to_string()));
    page.push("© 2026 Island Gazette. All rights reserved.".into());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn a_stop_heading_followed_by_teasers_still_ends_the_article() {
    let body = paragraphs(8);
    let mut page = vec!["Ferry terminal to open in stages".to_string()];
    page.extend(body.iter().cloned());
    page.push("Related Articles".into());
    page.extend(TEASERS.iter().map(|t| t.to_string()));
    page.push("Comments".into());
    page.extend(paragraphs(3).iter().map(|p| format!("Great piece. {p}")));
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn a_popular_box_with_its_teasers_inside_the_article_does_not_truncate_it() {
    // The box's heading is a stop, and its headlines stand between it and
    // the rest of the article.
    let body = paragraphs(20);
    let mut page = masthead();
    page.extend(body[..6].iter().cloned());
    page.push("Most Popular".into());
    page.extend(TEASERS.iter().map(|t| t.to_string()));
    page.extend(body[6..].iter().cloned());
    page.push("© 2026 Island Gazette. All rights reserved.".into());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn an_interviews_first_question_is_not_taken_for_a_standfirst() {
    let body = [
        "Q: Why did you vote against the plan for the road through the wetlands?",
        "A: Because the residents asked us to wait, and I think they are right that the wetlands deserve a second look.",
        "Q: Will there be another hearing?",
        "A: Yes. The chair has promised one, and I expect it in January, after the engineers report back to the board.",
    ];
    let page = format!(
        "Island Gazette\nFerry terminal to open in stages\nBy Ann Lee\n{}\n© 2026 Island Gazette",
        body.join("\n")
    );
    let article = Cleaner::default().clean(&page, None);
    assert_eq!(article.subtitle, None);
    assert_eq!(kept(&page), body);
}

#[test]
fn a_sign_up_box_and_the_writers_biography_are_not_the_article() {
    let body = paragraphs(8);
    let mut page = masthead();
    page.extend(body[..4].iter().cloned());
    page.push("Get the latest island news delivered to your inbox every morning.".into());
    page.push("Email address".into());
    page.push("By signing up, you agree to our Terms of Use and Privacy Policy.".into());
    page.extend(body[4..].iter().cloned());
    page.push(
        "Ann Lee is a reporter covering transport for the Gazette. Reach her at ann.lee@gazette.example."
            .into(),
    );
    page.push("© 2026 Island Gazette. All rights reserved.".into());
    assert_eq!(kept(&page.join("\n")), body);
}

/// A photo gallery in the middle of an article, dumped as text: each slide
/// its counter, a caption written as prose and a credit (a page written to
/// test the cleaner from outside, session 36). The captions go; the
/// paragraphs on both sides of the gallery stay.
#[test]
fn a_gallery_between_paragraphs_loses_its_captions_not_the_article() {
    let body = paragraphs(7);
    let mut page = masthead();
    page.extend(body[..3].iter().cloned());
    for slide in 1..=10 {
        page.push(format!("{slide} of 10"));
        page.push(format!(
            "Volunteers sort salvaged seat frames in the lobby on the {slide}th day of the work. The trust hopes to reuse most of them in the balcony."
        ));
        page.push("Photo by Theo Rinaldi".into());
    }
    page.extend(body[3..].iter().cloned());
    let raw = page.join("\n");
    let kept = kept(&raw);
    for p in &body {
        assert!(kept.contains(p), "{p} missing from {kept:#?}");
    }
    assert!(!kept.iter().any(|l| l.contains("seat frames")), "{kept:#?}");
}

/// An opinion column that prints one of its sentences again, large,
/// between paragraphs (a page written to test the cleaner from outside,
/// session 36): the pull quote goes, the paragraph holding the sentence
/// stays.
#[test]
fn a_pull_quote_repeating_a_sentence_of_the_article_is_dropped() {
    let body = paragraphs(5);
    let sentence =
        "The problem downtown is not too few parking spaces, it is too few reasons to come.";
    let mut page = masthead();
    page.extend(body[..2].iter().cloned());
    page.push(format!("“{sentence}”"));
    page.push(format!(
        "{} {sentence} Council will vote in March.",
        body[2]
    ));
    page.extend(body[3..].iter().cloned());
    let raw = page.join("\n");
    let kept = kept(&raw);
    assert!(!kept.iter().any(|l| l.starts_with('“')), "{kept:#?}");
    assert!(kept
        .iter()
        .any(|l| l.contains(sentence) && l.contains("Council will vote")));
    for p in &body[3..] {
        assert!(kept.contains(p), "{p} missing from {kept:#?}");
    }
}

/// A pull quote of a paragraph that itself opens with a quotation mark
/// ("“We know lakes breathe in summer. Now …,” she says") is dropped too.
/// (One that stops where the paragraph goes on, '… the story,” says', is
/// not: a dev page prints a sentence on its own line and again in a quote.)
#[test]
fn a_pull_quote_of_a_quoted_paragraph_is_dropped() {
    let body = paragraphs(5);
    let quote = "“We know lakes breathe in summer, all through the open-water season. Now we need to listen to them in winter,” she says, capping another bottle.";
    let pull = "“We know lakes breathe in summer, all through the open-water season.”";
    let mut page = masthead();
    page.extend(body[..2].iter().cloned());
    page.push(quote.into());
    page.push(body[2].clone());
    page.push(pull.into());
    page.extend(body[3..].iter().cloned());
    let kept = kept(&page.join("\n"));
    assert!(!kept.iter().any(|l| l == pull), "{kept:#?}");
    assert!(kept.iter().any(|l| l == quote), "{kept:#?}");
}

/// A science story's references end its body.
#[test]
fn a_references_heading_ends_the_article() {
    let body = paragraphs(6);
    let mut page = masthead();
    page.extend(body.iter().cloned());
    page.push("References".into());
    page.push("Korhonen, N. & Obi, E. Continuous under-ice methane observations reveal the size of the spring pulse. J. Limnol. 12, 44–59 (2023).".into());
    page.push("Vance, M. et al. Spring ice-out releases stored methane from boreal lakes. J. Freshw. Geochem. 47, 1203–1219 (2022).".into());
    page.push("Cite this article".into());
    page.push(
        "Achterberg, L. (2024). The lakes that exhale in winter. Island Gazette Science.".into(),
    );
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

/// A standfirst of two sentences, signed by the writer's name on the line
/// below it (an opinion column written to test the cleaner from outside,
/// session 36), is the subtitle, not the article's first paragraph.
#[test]
fn a_terminated_standfirst_over_the_writers_name_is_the_subtitle() {
    let body = paragraphs(5);
    let standfirst =
        "The half-empty garage costs more to keep than it is worth. A park and housing would do more for downtown.";
    let mut page = vec![
        "Island Gazette".to_string(),
        "Tear down the Fifth Street garage".into(),
        standfirst.into(),
        "Thea Bergstrom".into(),
    ];
    page.extend(body.iter().cloned());
    let raw = page.join("\n");
    let article = Cleaner::default().clean(&raw, Some("Tear down the Fifth Street garage"));
    let kept: Vec<&str> = article.paragraphs.iter().map(|s| s.slice(&raw)).collect();
    assert_eq!(article.subtitle.as_deref(), Some(standfirst));
    assert!(!kept.contains(&standfirst), "{kept:#?}");
    for p in &body {
        assert!(kept.contains(&p.as_str()), "{p} missing from {kept:#?}");
    }
}

/// Subheadings after an advertisement label or a "RELATED:" link stay with
/// the article (pages written to test the cleaner from outside, session 36);
/// the short English line under a photo's captions in another script is
/// that photo's caption, not a heading.
#[test]
fn subheadings_past_inline_furniture_stay_and_captions_do_not() {
    let body = paragraphs(6);
    let mut page = masthead();
    page.extend(body[..2].iter().cloned());
    page.push("- Advertisement -".into());
    page.push("Who pays for the terminal".into());
    page.extend(body[2..4].iter().cloned());
    page.push("2 View gallery".into());
    page.push("תקיפה ליד מסגד בשכונת אל-תופאח, מזרחית לעיר".into());
    page.push("Ferry strikes in the harbour".into());
    page.extend(body[4..].iter().cloned());
    let raw = page.join("\n");
    let kept = kept(&raw);
    assert!(
        kept.iter().any(|l| l == "Who pays for the terminal"),
        "{kept:#?}"
    );
    assert!(
        !kept.iter().any(|l| l == "Ferry strikes in the harbour"),
        "{kept:#?}"
    );
    for p in &body {
        assert!(kept.contains(p), "{p} missing from {kept:#?}");
    }
}

#[test]
fn a_table_of_figures_between_paragraphs_does_not_split_the_article() {
    // An earnings table in naive text: one cell per line, between the
    // third and fourth paragraphs, under its title and over its source.
    let body = paragraphs(7);
    let mut page = masthead();
    page.extend(body[..3].iter().cloned());
    page.push("Ferry operator, second quarter".into());
    for row in [
        ["Q2 2026", "Q2 2025", "Change"],
        ["$31.2M", "$33.9M", "-8%"],
        ["$8.4M", "$17.5M", "-52%"],
        ["1,412", "1,705", "-17%"],
    ] {
        page.extend(row.iter().map(|c| c.to_string()));
    }
    page.push("Source: company filings".into());
    page.extend(body[3..].iter().cloned());
    page.push("© 2026 Island Gazette. All rights reserved.".into());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn a_table_with_an_empty_cell_and_a_long_source_line_does_not_split_the_article() {
    // An empty cell written as a dash (a separator line to the patterns)
    // and a source line too long for a cell, between table and paragraph.
    let body = paragraphs(7);
    let mut page = masthead();
    page.extend(body[..3].iter().cloned());
    for row in [
        ["Berth", "2025", "2026"],
        ["North quay", "412", "455"],
        ["South quay", "-", "118"],
        ["Ferry ramp", "1,705", "1,412"],
    ] {
        page.extend(row.iter().map(|c| c.to_string()));
    }
    page.push(
        "Source: harbour master's office, January to March cargo returns for each year".into(),
    );
    page.extend(body[3..].iter().cloned());
    page.push("© 2026 Island Gazette. All rights reserved.".into());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn a_ticker_of_figures_above_the_article_is_not_bridged() {
    // Figures with prose on one side only are page furniture.
    let body = paragraphs(4);
    let mut page = vec!["Island Gazette".to_string(), "Markets".into()];
    for (name, level) in [
        ("DOW", "39,721.36"),
        ("S&P", "5,505.00"),
        ("OIL", "79.41"),
        ("GOLD", "2,412.10"),
    ] {
        page.push(name.to_string());
        page.push(level.to_string());
    }
    page.push("Ferry terminal to open in stages".into());
    page.extend(body.iter().cloned());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn every_post_of_a_live_blog_is_kept_under_its_time_line() {
    // Newest first, one paragraph a post between its time and a share
    // line: read as teasers, all but the first few posts were cut off.
    let body = paragraphs(8);
    let mut page = masthead();
    page.push("Share".into());
    for (k, post) in body.iter().enumerate() {
        page.push(format!("{}:{:02}Staff reporter", 19 - k, 5 * k));
        page.push(post.clone());
        page.push("Share".into());
    }
    page.push("Load more updates".into());
    page.push("Most read".into());
    page.extend(TEASERS.iter().map(|t| t.to_string()));
    page.push("© 2026 Island Gazette. All rights reserved.".into());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn a_list_of_timed_headlines_beside_an_article_is_not_a_live_blog() {
    // A "latest news" column: each time line carries a headline and no
    // paragraph follows it.
    let body = paragraphs(4);
    let mut page = masthead();
    page.extend(body.iter().cloned());
    page.push("Latest news".into());
    for (k, teaser) in TEASERS.iter().enumerate() {
        page.push(format!("{}:{:02}", 18 - k, 10 * k));
        page.push(teaser.to_string());
    }
    page.push("© 2026 Island Gazette. All rights reserved.".into());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, body);
}

#[test]
fn a_live_blogs_post_headings_stay_with_their_posts() {
    // A heading under a post's time line has no paragraph above it (the
    // previous post ends in a share line), and may be a long clause.
    let body = paragraphs(6);
    let headings = [
        Some("Ferry workers vote on the new rota"),
        Some("More than three hundred passengers wait at the north quay for news"),
        None,
        Some("Council calls a public meeting"),
        Some("The old pier will need repairs within five years, engineers say"),
        None,
    ];
    let mut page = masthead();
    let mut expected = Vec::new();
    for (k, post) in body.iter().enumerate() {
        page.push(format!("{}:{:02}", 19 - k, 5 * k));
        if let Some(heading) = headings[k] {
            page.push(heading.to_string());
            expected.push(heading.to_string());
        }
        page.push(post.clone());
        expected.push(post.clone());
        page.push("Share".into());
    }
    page.push("© 2026 Island Gazette. All rights reserved.".into());
    let kept = kept(&page.join("\n"));
    assert_eq!(kept, expected);
}
