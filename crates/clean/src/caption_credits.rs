//! Photo captions that close with their credit: "Waves crash over the
//! harbour wall on Thursday. Photograph: Owen Prescott/The Courier",
//! "… on Monday. (File photo)", "… in February. Ledger file photo / Nate
//! Osei", "… Alvaro Quint | Bloomfield Images", "… (Foto Comune di X)".
//! In naive text such a caption is a line of prose like any paragraph; its
//! last words, after the caption's own sentence, say it is not one.

use crate::features::Features;

/// Bytes at the end of a line in which the credit is looked for.
const MAX_CREDIT_BYTES: usize = 90;
/// Words of a credit at most ("Photograph: Owen Prescott/The Northern
/// Courier" has five).
const MAX_CREDIT_WORDS: usize = 12;
/// A caption longer than this is a paragraph that happens to end oddly.
const MAX_CAPTION_BYTES: usize = 600;
/// Words the caption's sentence has before its credit at least.
const MIN_CAPTION_WORDS: usize = 3;

/// Words that make the tail of a caption its credit, lower-case. Whole
/// words of the tail, except the non-Latin ones (no spaces in Japanese).
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photographs",
    "photography",
    "foto",
    "fot",
    "fotó",
    "screenshot",
    "images",
    "courtesy",
];
const CREDIT_MARKS: &[&str] = &["фото", "Фото", "撮影", "사진", "Ảnh"];
/// Credits that name a wire service or a paper as the source of the
/// picture ("Leah Vance/Special to the Courier-Press", "(… via AP)").
const CREDIT_PHRASES: &[&str] = &["special to", "via ap", "via reuters", "via getty"];

/// Whether `line` (trimmed; its features `f`) is a caption closing with
/// its credit.
pub(crate) fn is_caption_with_credit(line: &str, f: &Features) -> bool {
    // Most lines are paragraphs ending a sentence, or menu items of a
    // word or two: both are turned away before any search. A credit in
    // brackets ends in ')', which ends sentences too.
    if f.words <= MIN_CAPTION_WORDS as u32
        || line.len() > MAX_CAPTION_BYTES
        || (f.terminal && !line.ends_with(')'))
    {
        return false;
    }
    let mut window_start = line.len().saturating_sub(MAX_CREDIT_BYTES);
    while !line.is_char_boundary(window_start) {
        window_start += 1;
    }
    let Some(window) = line.get(window_start..) else {
        return false;
    };
    // Where a credit may start: after a sentence end (". ", "! ", "? ",
    // "” "), or at the opening bracket of a credit that closes the line.
    // The latest first; an earlier one when the last full stop belongs
    // to the credit ("… piętrze. Fot. Marta Szczepańska").
    let bytes = window.as_bytes();
    // Headlines and teasers have no sentence end at all.
    if memchr::memchr3(b'.', b'!', b'?', bytes).is_none()
        && !line.ends_with(')')
        && window.is_ascii()
    {
        return false;
    }
    // One pass over the window's bytes: the sentence ends in it.
    const MAX_STARTS: usize = 16;
    let mut starts = [0usize; MAX_STARTS];
    let mut count = 0;
    for i in 0..bytes.len() {
        let after = match bytes[i] {
            b'.' | b'!' | b'?' | b'"' if bytes.get(i + 1) == Some(&b' ') => i + 2,
            // "” ", "。", "）": the last byte of each.
            0x9D if i >= 2
                && bytes[i - 2..i] == [0xE2, 0x80]
                && bytes.get(i + 1) == Some(&b' ') =>
            {
                i + 2
            }
            0x82 if i >= 2 && bytes[i - 2..i] == [0xE3, 0x80] => i + 1,
            0x89 if i >= 2 && bytes[i - 2..i] == [0xEF, 0xBC] => i + 1,
            _ => continue,
        };
        if count < MAX_STARTS {
            starts[count] = window_start + after;
            count += 1;
        }
    }
    if line.ends_with(')') && count < MAX_STARTS {
        if let Some(at) = window.rfind('(') {
            starts[count] = window_start + at;
            count += 1;
        }
    }
    let starts = &mut starts[..count];
    starts.sort_unstable_by(|a, b| b.cmp(a));
    starts
        .iter()
        .copied()
        .filter(|&at| at > 0 && at < line.len())
        .any(|at| {
            let (Some(caption), Some(credit)) = (line.get(..at), line.get(at..)) else {
                return false;
            };
            let credit = credit.trim();
            caption.split_whitespace().count() >= MIN_CAPTION_WORDS
                && credit.split_whitespace().count() <= MAX_CREDIT_WORDS
                && opens_like_credit(credit)
                && names_a_credit(credit)
        })
}

/// A credit opens with a capital, a bracket or a dash, and is no sentence
/// of its own ("The photo exhibit remains open.").
fn opens_like_credit(credit: &str) -> bool {
    let opens = credit
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, '(' | '[' | '—' | '–' | '-' | '＝' | '='));
    let ends_a_sentence = credit.ends_with(['.', '!', '?', '。']) && !credit.ends_with(".)");
    opens && !ends_a_sentence
}

fn names_a_credit(credit: &str) -> bool {
    if CREDIT_MARKS.iter().any(|m| credit.contains(m)) {
        return true;
    }
    let bytes = credit.as_bytes();
    let has_phrase = CREDIT_PHRASES.iter().any(|p| {
        bytes
            .windows(p.len())
            .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
    });
    has_phrase
        || credit
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CREDIT_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::features;

    #[test]
    fn captions_closing_with_their_credit() {
        for caption in [
            "Waves crash over the harbour wall at Sandby on Thursday evening. Photograph: Owen Prescott/The Northern Courier",
            "A Corvid Air turboprop at Aldermere Regional Airport. Ledger file photo / Nate Osei",
            "Work on Kalyani Road is set to begin on Monday (File photo)",
            "The new replication status view in the command-line shell. (Screenshot: Packetline)",
            "Trucks at a Norvane Logistics distribution center. Alvaro Quint | Bloomfield Images",
            "L'entrée de la maternité de Pontmorvan. (Photo Le Courrier de l'Estuaire / Erwan Caradec)",
            "La restauratrice Giulia Ferracci al lavoro sul ponteggio (Foto Pro Loco Montebrusco)",
            "Szpital Powiatowy w Borowcu Górnym. Oddział dziecięcy mieści się na drugim piętrze. Fot. Marta Szczepańska",
            "Первый рейс трамвая № 7 на новом мосту через Сивер. Фото: Дмитрий Лаптев",
            "Ashford's Kayla Brandt slides home with the go-ahead run on Thursday. Leah Vance/Special to the Courier-Press",
        ] {
            assert!(is_caption_with_credit(caption, &features(caption)), "{caption}");
        }
    }

    #[test]
    fn prose_about_photographs_is_not_a_credit() {
        for prose in [
            "The photo was taken in 1998 by a neighbour who kept the negatives.",
            "Satellite images released on Monday show the damage along the coast. Officials said the photos were taken at noon.",
            "She said the exhibition would open in May. Photographs from the archive will hang in the main hall for the first time since the fire.",
            "Council will vote in March. The photo exhibit remains open.",
            "He thanked the volunteers (including a photo club from Dunmore) for their time and their patience with the crowds.",
        ] {
            assert!(!is_caption_with_credit(prose, &features(prose)), "{prose}");
        }
    }
}
