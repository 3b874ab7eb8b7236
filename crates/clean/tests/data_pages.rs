//! Pages whose article is data (a results roundup, a standings table written
//! one cell per line, as naive page text has it), and a prose article with
//! a numbered list beside it, which must not be read as one. The pages were
//! written by the team.

use newsmill_clean::Cleaner;

/// The kept lines of `raw`.
fn kept(raw: &str) -> Vec<String> {
    let article = Cleaner::default().clean(raw, None);
    article
        .paragraphs
        .iter()
        .flat_map(|span| {
            span.slice(raw)
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The lines of `raw` from the one starting with `first` up to, not
/// including, the one starting with `after_last`.
fn lines_between<'a>(raw: &'a str, first: &str, after_last: &str) -> Vec<&'a str> {
    raw.lines()
        .skip_while(|l| !l.starts_with(first))
        .take_while(|l| !l.starts_with(after_last))
        .collect()
}

#[test]
fn a_results_roundup_keeps_every_game_and_heading() {
    let raw = include_str!("pages/en_results_roundup.txt");
    assert_eq!(
        kept(raw),
        lines_between(raw, "BOYS SOCCER", "Share this story")
    );
}

#[test]
fn a_standings_table_keeps_its_intro_header_and_every_cell() {
    // Cells repeat ("4", "2", "0"): each is kept where it stands.
    let raw = include_str!("pages/en_standings_table.txt");
    assert_eq!(
        kept(raw),
        lines_between(raw, "Drivers' standings", "Follow us")
    );
}

#[test]
fn a_prose_article_does_not_take_the_numbered_list_beside_it() {
    let kept = kept(include_str!("pages/en_article_with_most_read.txt"));
    assert_eq!(kept.len(), 3, "{kept:#?}");
    assert!(kept[0].starts_with("The city council on Tuesday"));
    assert!(kept[2].starts_with("Council member Ruth Adeyemi"));
}
