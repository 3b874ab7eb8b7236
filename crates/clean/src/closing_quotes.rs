//! An article that ends on a short quote ('"That's correct," Volker
//! said.', or the last paragraph of a quote that runs over several) is
//! still the article: the region search, which pays for long paragraphs,
//! stops before such lines, so they are taken back here. A short line of
//! quoted speech inside the article is kept the same way
//! ([`is_spoken_line`], read by the region's keep rule).

use crate::body::{Line, State};
use crate::features::{is_closing_mark, is_opening_mark};

/// Non-blank lines looked at past the region's end.
const WINDOW: usize = 4;

/// The region's new end (exclusive): `end` moved past the lines, up to
/// [`WINDOW`] non-blank ones, that lead to a closing quote line. Lines in
/// between must be sentences of prose ("Did he ever receive a reply?");
/// anything else (furniture, a stop line, a heading) ends the search. The
/// lines taken are kept as they are: short as they may be, the quote
/// vouches for them.
pub(crate) fn extend_over_closing_quotes(raw: &str, lines: &mut [Line], end: usize) -> usize {
    let mut new_end = end;
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate().skip(end) {
        if line.state == State::Blank {
            continue;
        }
        if seen == WINDOW || line.state != State::Text || line.stop || !line.f.terminal {
            break;
        }
        seen += 1;
        if is_quote_line(line.span.slice(raw)) && line.f.words >= 2 {
            new_end = i + 1;
        } else if !line.f.prose_like() {
            break;
        }
    }
    for line in &mut lines[end..new_end] {
        if line.state == State::Text {
            line.state = State::Kept;
        }
    }
    new_end
}

/// A sentence of quoted speech on a line of its own: it opens with a
/// quotation mark that closes in the line, ends on a sentence's end
/// (inside or outside the closing mark: a quoted subheading such as
/// "‘GET WITH THE PROGRAM’" does not), and has at least two words.
pub(crate) fn is_spoken_line(raw: &str, line: &Line) -> bool {
    line.f.terminal && line.f.words >= 2 && is_spoken_text(line.span.slice(raw).trim())
}

fn is_spoken_text(text: &str) -> bool {
    let ends_a_sentence = text
        .trim_end_matches(is_closing_mark)
        .ends_with(['.', '!', '?', '…']);
    ends_a_sentence && opens_a_quote(text)
}

/// A line that opens with a quotation mark and closes a quote later on:
/// a quote with its attribution, or the last paragraph of a quote that ran
/// over several (the paragraphs before it open with a mark and close none);
/// or a line whose last sentence is a quote introduced by its attribution
/// ('The man told the girl: "You're for it now."').
fn is_quote_line(text: &str) -> bool {
    let text = text.trim();
    opens_a_quote(text) || ends_on_an_introduced_quote(text)
}

fn opens_a_quote(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    if !chars.next().is_some_and(is_opening_mark) {
        return false;
    }
    // A closing mark that is no apostrophe inside a word ("That's").
    while let Some(c) = chars.next() {
        if is_closing_mark(c) && !chars.peek().is_some_and(|n| n.is_alphanumeric()) {
            return true;
        }
    }
    false
}

/// The line ends with a closing mark right after a sentence's end, and a
/// mark that an attribution introduces (after a colon, a comma or a verb of
/// saying) opens a word earlier in the line: a title ("the author of "The
/// Long Shore."") or an apostrophe ("in the '90s") is not so introduced.
fn ends_on_an_introduced_quote(text: &str) -> bool {
    let mut back = text.chars().rev();
    let closes = back.next().is_some_and(is_closing_mark)
        && back
            .next()
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
    if !closes {
        return false;
    }
    // A mark after a space: the words before it, spaces trimmed.
    text.match_indices(" ").any(|(space, _)| {
        let after = space + 1;
        text[after..].starts_with(is_opening_mark)
            && introduces_a_quote(text[..space].trim_end_matches(' '))
    })
}

/// The words before an opening mark end as an attribution does: "said:",
/// "told them,", "said".
fn introduces_a_quote(before: &str) -> bool {
    const VERBS: [&str; 9] = [
        "said", "says", "told", "tells", "asked", "added", "replied", "wrote", "shouted",
    ];
    before.ends_with([':', ',']) || {
        let last = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default();
        VERBS.iter().any(|verb| last.eq_ignore_ascii_case(verb))
    }
}

#[cfg(test)]
mod tests {
    use super::{is_quote_line, is_spoken_text};
    use crate::Cleaner;

    const OPENING: &str = "Envoy says he raised concerns twice\n\n\
        A senior diplomat told lawmakers on Tuesday that he had twice warned his superiors about a back channel to the president, and that both warnings went unanswered for weeks.\n\n\
        Asked by the committee chair whether he had put the warnings in writing, the diplomat said he had sent two cables in September to the under secretary and to the legal adviser.\n\n";

    /// The clean text of `raw`.
    fn clean(raw: &str) -> String {
        Cleaner::default()
            .clean(raw, None)
            .clean_text(raw)
            .text()
            .to_string()
    }

    #[test]
    fn an_article_ending_on_short_quotes_keeps_them() {
        let raw = format!(
            "{OPENING}Did he ever receive a reply?\n\n\"No,\" Volker said.\n\n\"That's correct,\" Volker said.\n"
        );
        let text = clean(&raw);
        assert!(text.ends_with("\"That's correct,\" Volker said."), "{text}");
        assert!(text.contains("Did he ever receive a reply?"), "{text}");
    }

    #[test]
    fn a_quote_running_into_a_last_paragraph_keeps_it() {
        let raw = format!(
            "{OPENING}\"We will hear from six more witnesses,\" Goodwin told reporters. \"The American people deserve the full story.\n\n\"And they are going to get it.\"\n"
        );
        let text = clean(&raw);
        assert!(
            text.ends_with("\"And they are going to get it.\""),
            "{text}"
        );
    }

    #[test]
    fn a_short_spoken_line_inside_the_article_is_kept() {
        // A one-word answer between a short question and a subheading: no
        // paragraph of prose stands beside it.
        let raw = format!(
            "{OPENING}The chair asked: \u{201c}Done?\u{201d}\n\n\u{201c}Done,\u{201d} Volker said.\n\n\
             The envoy\u{2019}s answers prompt an angry response from the committee chair\n\n\
             The committee then heard from the legal adviser, who told members that she had read both cables in September and had passed them on to the deputy secretary the same week, before the envoy left.\n\n\
             She said she had not been told of any reply, and that the department had no record of one being sent before the end of October, when the envoy resigned.\n"
        );
        let text = clean(&raw);
        assert!(
            text.contains("\u{201c}Done,\u{201d} Volker said."),
            "{text}"
        );
    }

    #[test]
    fn spoken_lines() {
        assert!(is_spoken_text("\u{201c}Done,\u{201d} Trump said."));
        assert!(is_spoken_text("\"We will be back.\""));
        assert!(is_spoken_text("\u{201c}Why now?\u{201d} she asked."));
        // A quoted subheading, and a quote the line does not open with.
        assert!(!is_spoken_text("\u{2018}GET WITH THE PROGRAM\u{2019}"));
        assert!(!is_spoken_text("\u{201c}Done,\u{201d} Trump said"));
        assert!(!is_spoken_text("He said \"no\"."));
    }

    #[test]
    fn furniture_after_the_article_is_not_taken_with_a_quote() {
        let raw =
            format!("{OPENING}Share this article\n\n\"Best newsletter ever,\" one reader wrote.\n");
        let text = clean(&raw);
        assert!(text.ends_with("legal adviser."), "{text}");
    }

    #[test]
    fn quote_lines() {
        assert!(is_quote_line("\"That's correct,\" Volker said."));
        assert!(is_quote_line("“And they are going to get it.”"));
        assert!(is_quote_line("«Nous verrons», a-t-il dit."));
        assert!(!is_quote_line("The hearing resumes on Monday."));
        assert!(!is_quote_line("\"Unclosed"));
        assert!(!is_quote_line("\u{201c}It's still open, and it isn't over"));
        assert!(!is_quote_line("He said \"no\"."));
        assert!(is_quote_line("The man said: \"You are for it now.\""));
        assert!(is_quote_line("He told them, “We will be back.”"));
        assert!(!is_quote_line("Read more: \"Why the port flooded\""));
        assert!(is_quote_line("The man said \"You are for it now.\""));
        // A title, and a straight apostrophe that opens nothing.
        assert!(!is_quote_line(
            "Jane Doe is a staff writer and the author of \"The Long Shore.\""
        ));
        assert!(!is_quote_line("In the '90s he said no.'"));
        assert!(is_quote_line("He told them, 'We will be back.'"));
    }

    #[test]
    fn an_article_ending_on_an_introduced_quote_keeps_it() {
        let raw = format!("{OPENING}The diplomat said: \"We will see.\"\n");
        let text = clean(&raw);
        assert!(
            text.ends_with("The diplomat said: \"We will see.\""),
            "{text}"
        );
    }
}
