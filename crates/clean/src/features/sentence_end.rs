//! Whether a line ends like a sentence, and the quotation marks that may
//! close one.

/// Emoji, pictographs, arrows and joiners that often trail a sentence
/// ("... today! 🙂") and say nothing about how it ends.
fn is_trailing_decoration(c: char) -> bool {
    matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2190..=0x21FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE00..=0xFE0F | 0x200D)
        || c.is_whitespace()
}

/// Ends like a sentence, ignoring trailing emoji. A trailing ellipsis marks
/// a truncated teaser headline, not the end of a sentence.
pub(crate) fn ends_like_sentence(line: &str) -> bool {
    // Most lines end in a visible ASCII character: nothing to trim.
    let core = match line.as_bytes().last() {
        Some(&b) if b.is_ascii_graphic() => line,
        _ => line.trim_end_matches(is_trailing_decoration),
    };
    if core.ends_with("...") || core.ends_with('…') {
        return false;
    }
    let mut back = core.chars().rev();
    match back.next() {
        // A closing mark ends a sentence when what it closes did ("…
        // today.”"), when the line is all quotation, or after a word that
        // is not capitalised ("… to “put yourself out there”", "“by 40%”",
        // scripts without case); after a capitalised word it closes a
        // quoted title, as in a blog's comment heading `10 thoughts on
        // “Why We Garden”`.
        // German quotes open with „ and close with “.
        Some(c) if is_closing_mark(c) || (c == '“' && core.contains('„')) => {
            let quoted = &core[..core.len() - c.len_utf8()];
            let last_word = quoted.split_whitespace().next_back().unwrap_or_default();
            back.next().is_some_and(|p| is_terminal(p) || p == ',')
                || core.starts_with(is_opening_mark)
                || !last_word
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .starts_with(char::is_uppercase)
        }
        Some(c) => is_terminal(c),
        None => false,
    }
}

pub(crate) fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '«' | '「' | '„')
}

pub(crate) fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | '」')
}

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '"'
            | '”'
            | '’'
            | '\''
            | ')'
            | ':'
            | ';'
            | '。'
            | '！'
            | '？'
            | '»'
            | '」'
            // Full stops and questions of other scripts: Devanagari and
            // Bengali dandas, Arabic and Urdu, Armenian, Ethiopic, Myanmar,
            // Khmer, full-width and half-width forms.
            | '।'
            | '॥'
            | '؟'
            | '؛'
            | '۔'
            | '։'
            | '።'
            | '፧'
            | '။'
            | '។'
            | '．'
            | '｡'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_scripts_full_stops_end_a_sentence() {
        for sentence in [
            "गांव की महिलाओं ने चक्की चलाई।",
            "গ্রামের মেয়েরা কল চালু করেছে।",
            "هل ستفتح المدرسة غدا؟",
            "اسکول کل کھلے گا۔",
            "Բանակցությունները կշարունակվեն։",
            "ስብሰባው ነገ ይቀጥላል።",
            "ကျောင်း မနက်ဖြန် ဖွင့်မည်။",
            "សាលារៀននឹងបើកនៅថ្ងៃស្អែក។",
        ] {
            assert!(ends_like_sentence(sentence), "{sentence}");
        }
        assert!(!ends_like_sentence("गांव की खबरें"));
    }

    #[test]
    fn a_closing_quotation_mark_ends_a_sentence_but_not_a_quoted_title() {
        for sentence in [
            "He called the plan “a disaster.”",
            "“We recommend it at 100%”",
            "You are secretly terrified to “put yourself out there”",
            "It was, he said, “the end of an era”",
            "Prices rose “by 40%”",
            "„Wir kommen wieder.“",
            "قال الوزير إن الحكومة «مستعدة للحوار»",
        ] {
            assert!(ends_like_sentence(sentence), "{sentence}");
        }
        for heading in [
            "10 thoughts on “Why We Garden”",
            "One response to \"How to Plant Garlic\"",
            "Readers ask about “The Long Winter”",
        ] {
            assert!(!ends_like_sentence(heading), "{heading}");
        }
    }
}
