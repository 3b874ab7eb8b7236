//! Counts of people and things in the news sense: "nearly 38,000 deaths",
//! "71 people were killed", "more than a thousand injuries", "253 abducted".
//!
//! The complete rule list with known limits is in `crates/extract/RULES.md`.
//!
//! A figure is a number (digits, "2.3 million", or number words: "five",
//! "a thousand", "twenty-five") that counts a known noun (deaths, hostages,
//! people ... up to two adjectives between: "five living hostages",
//! "600 Palestinian deaths"), or is followed by an outcome participle ("253
//! abducted"), or continues a toll ("raising the number to some 540",
//! "the number of people killed had passed 30,800").
//!
//! `counted` is the outcome when the text gives one (killed, injured,
//! abducted, displaced, arrested, released, missing: "killed at least 35
//! people", "71 people were killed", "the deaths of two soldiers"),
//! otherwise the normalised noun (hostages, prisoners, bodies, soldiers,
//! civilians, casualties, children, women, militants, journalists, workers,
//! people). Population counts ("the region's 4.1 million people") are kept
//! with `counted = "people"` and no outcome.
//!
//! Not figures: years, dates ("Oct. 7"), durations ("six weeks", "24
//! hours"), hyphenated compounds ("40-day", "12-member"), ages, money,
//! percentages, fractions ("a third"), "one of".

use crate::canonical::scan::{month_of, starts_upper, Scanned, TokKind, TokenView};
use newsmill_types::{Bound, Counted, EntityKind, Figure, Mention, Span};

mod lexicon;
mod number;
mod scope;
mod source;

pub(crate) use lexicon::counted_word;
use lexicon::*;
pub(crate) use number::NUMBER_WORDS;
use number::*;
use scope::*;
use source::*;

struct Raw {
    a: usize,
    b: usize,
    value: f64,
    qualifier: Option<String>,
    bound: Option<Bound>,
    counted: Counted,
    sentence: usize,
}

/// Figures of `text`, in text order. `mentions` (any offsets; invalid ones
/// are ignored) help to find places: "in Rafah".
pub fn find_figures(text: &str, mentions: &[Mention]) -> Vec<Figure> {
    let order = crate::canonical::scan::valid_mentions(text, mentions);
    find_figures_in(&Scanned::new(text), mentions, &order)
}

/// [`find_figures`] over a scanned text, whose valid mentions in text
/// order (`valid_mentions`) are `order`.
pub(crate) fn find_figures_in(
    scanned: &Scanned<'_>,
    mentions: &[Mention],
    order: &[usize],
) -> Vec<Figure> {
    let c = &scanned.view;
    let text = c.text;
    let sents = &scanned.sentences;
    let places: Vec<(usize, usize)> = order
        .iter()
        .map(|&k| &mentions[k])
        .filter(|m| m.kind == EntityKind::Place)
        .map(|m| (m.span.start, m.span.end))
        .collect();
    let others: Vec<(usize, usize)> = order
        .iter()
        .map(|&k| &mentions[k])
        .filter(|m| m.kind != EntityKind::Place)
        .map(|m| (m.span.start, m.span.end))
        .collect();

    let mut raws: Vec<Raw> = Vec::new();
    for (si, &(sa, sb)) in sents.iter().enumerate() {
        let first_in_sentence = raws.len();
        let mut i = sa;
        while i < sb {
            if !may_start_number(c, i) {
                i += 1;
                continue;
            }
            // A number too large for f64 ("1e400" written out) is no count.
            let Some((num_b, value)) = parse_number(c, i, sb).filter(|(_, v)| v.is_finite()) else {
                i += 1;
                continue;
            };
            let next_i = num_b + 1;
            match figure_at(c, si, sa, sb, i, num_b, value, &raws[first_in_sentence..]) {
                Some(raw) => {
                    let b = raw.b;
                    raws.push(raw);
                    i = b + 1;
                }
                None => i = next_i,
            }
        }
    }

    // Sources, scopes and places.
    let mut out = Vec::with_capacity(raws.len());
    let mut last_source: Option<(usize, String)> = None; // (sentence, source)
    for r in &raws {
        let (sa, sb) = sents[r.sentence];
        let source = source_for(c, sa, sb, r, &mut last_source, sents);
        let lo = raws.partition_point(|x| x.sentence < r.sentence);
        let hi = raws.partition_point(|x| x.sentence <= r.sentence);
        let same: Vec<&Raw> = raws[lo..hi].iter().collect();
        let time_scope = time_scope_for(c, sa, sb, r, &same);
        let place = place_for(c, sa, sb, r, &places, &others);
        let start = c.toks[r.a].start;
        let end = c.toks[r.b].end;
        out.push(Figure {
            text: text[start..end].to_string(),
            value: r.value,
            qualifier: r.qualifier.clone(),
            bound: r.bound,
            counted: r.counted,
            source,
            time_scope,
            place,
            span: Span::new(start, end),
            zone: newsmill_types::Zone::Body,
        });
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn figure_at(
    c: &TokenView,
    si: usize,
    sa: usize,
    sb: usize,
    i: usize,
    num_b: usize,
    value: f64,
    earlier: &[Raw],
) -> Option<Raw> {
    let w0 = c.w(i);
    // Context exclusions.
    if i > sa {
        let prev = c.lw(i - 1);
        let prev_tok = c.w(i - 1);
        if matches!(
            prev,
            "aged" | "age" | "ages" | "number" | "no" | "page" | "one" | "route" | "resolution"
        ) || matches!(prev_tok, "$" | "€" | "£" | "#" | "-" | "/" | ":")
        {
            return None;
        }
        // After a month: "Oct. 7", "March 7".
        let mut k = i - 1;
        if c.w(k) == "." && k > sa {
            k -= 1;
        }
        if starts_upper(c.w(k)) && month_of(c.lw(k)).is_some() {
            return None;
        }
    }
    let after = c.lw(num_b + 1);
    if c.w(num_b + 1) == "%" || unit_word(after) || c.w(num_b + 1).starts_with('-') {
        return None;
    }
    if after == "of" && c.lw(i) == "one" {
        return None;
    }
    if after == "of" && !w0.as_bytes()[0].is_ascii_digit() && value < 100.0 {
        // "two of them", "five of the hostages": partitive, not a count.
        return None;
    }
    // Qualifier.
    let mut a = i;
    let mut qualifier = None;
    let mut bound = None;
    for &(q, q_bound) in QUALIFIERS {
        if i < sa + q.len() {
            continue;
        }
        let ok = q
            .iter()
            .enumerate()
            .all(|(k, word)| c.lw(i - q.len() + k) == *word);
        if ok {
            a = i - q.len();
            qualifier = Some(c.span(a, i - 1).to_lowercase());
            if qualifier.as_deref() == Some("least") {
                qualifier = Some("at least".to_string());
            }
            bound = Some(q_bound);
            break;
        }
    }
    // Counted noun: up to two adjectives between.
    let mut noun: Option<(usize, Counted)> = None;
    let mut k = num_b + 1;
    let mut adjectives = 0;
    while k < sb && adjectives <= 2 {
        if !c.is_word(k) {
            break;
        }
        let kw = c.lw(k);
        if let Some(cat) = counted_word(kw) {
            noun = Some((k, cat));
            break;
        }
        let word = c.w(k);
        let adjective_like = if starts_upper(word) {
            ["ian", "ians", "i", "is", "ese", "ish", "an"]
                .iter()
                .any(|s| word.ends_with(s))
        } else {
            !matches!(
                kw,
                "of" | "in"
                    | "and"
                    | "or"
                    | "to"
                    | "the"
                    | "a"
                    | "an"
                    | "were"
                    | "was"
                    | "have"
                    | "has"
                    | "had"
                    | "are"
                    | "is"
                    | "from"
                    | "for"
                    | "with"
                    | "by"
                    | "on"
                    | "at"
                    | "as"
                    | "since"
                    | "than"
                    | "who"
                    | "that"
                    | "which"
                    | "said"
                    | "but"
                    | "it"
                    | "they"
                    | "he"
                    | "she"
                    | "we"
            ) && outcome_word(kw).is_none()
                && !unit_word(kw)
        };
        if !adjective_like {
            break;
        }
        adjectives += 1;
        k += 1;
    }
    // Anonymous sources are not a count: "two people familiar with the
    // matter", "three people briefed on the talks", "two people said".
    if let Some((nk, Counted::People)) = noun {
        let next = c.lw(nk + 1);
        let next2 = c.lw(nk + 2);
        if matches!(next, "familiar" | "briefed" | "close" | "knowledgeable")
            || (next == "with" && matches!(next2, "knowledge" | "direct"))
            || (next == "who" && matches!(next2, "spoke" | "asked" | "requested" | "declined"))
            || is_reporting_verb(next)
        {
            return None;
        }
    }
    let mut b = noun.map(|(k, _)| k).unwrap_or(num_b);
    let mut counted: Option<Counted> = noun.map(|(_, cat)| cat);

    // Outcome after: "(were|have been ...) killed", skipping a dash aside.
    let mut k = b + 1;
    if matches!(c.w(k), "—" | "–" | "(" | ",") {
        let close = match c.w(k) {
            "(" => ")",
            other => other,
        };
        let mut j = k + 1;
        while j < sb && j < k + 15 && c.w(j) != close {
            j += 1;
        }
        // A comma aside counts only when an auxiliary or outcome follows it:
        // "1.9 million people, or 90% of the population, have been displaced".
        let after_aside = c.lw(j + 1);
        let comma_ok = close != ","
            || matches!(after_aside, "were" | "was" | "have" | "has" | "had" | "are")
            || outcome_word(after_aside).is_some();
        if c.w(j) == close && comma_ok {
            k = j + 1;
        }
    }
    let mut steps = 0;
    let mut outcome = None;
    while k < sb && steps < 4 {
        let kw = c.lw(k);
        if let Some(o) = outcome_word(kw) {
            outcome = Some(o);
            break;
        }
        if kw == "taken" {
            if matches!(c.lw(k + 1), "hostage" | "captive" | "hostages" | "captives") {
                outcome = Some(Counted::Abducted);
            }
            break;
        }
        if !matches!(
            kw,
            "were"
                | "was"
                | "have"
                | "has"
                | "had"
                | "been"
                | "are"
                | "being"
                | "reportedly"
                | "also"
                | "confirmed"
                | "now"
                | "all"
                | "later"
                | "since"
                | "either"
                | "allegedly"
        ) {
            break;
        }
        steps += 1;
        k += 1;
    }
    if outcome.is_none() && noun.is_none() && c.lw(b + 1) == "taken" && c.lw(b + 2) == "hostage" {
        outcome = Some(Counted::Abducted);
    }
    // Outcome before: "killed at least 35 people", "the deaths of two soldiers".
    if outcome.is_none() && a > sa {
        let p = c.lw(a - 1);
        if let Some(o) = outcome_word(p).filter(|_| !p.ends_with("ed") || noun.is_some()) {
            outcome = Some(o);
        } else if p == "of"
            && a >= sa + 2
            && matches!(c.lw(a - 2), "deaths" | "death" | "killing" | "killings")
        {
            outcome = Some(Counted::Killed);
        }
    }
    let overridable = matches!(
        counted,
        None | Some(
            Counted::People
                | Counted::Civilians
                | Counted::Children
                | Counted::Women
                | Counted::Soldiers
                | Counted::Militants
                | Counted::Journalists
                | Counted::Workers
        )
    );
    if let Some(o) = outcome.filter(|_| overridable) {
        counted = Some(o);
        if noun.is_none() {
            // "253 abducted": the participle is part of the phrase.
            b = b.max(num_b);
        }
    }
    // Continuing a toll: "raising the number to some 540".
    if counted.is_none() {
        let p = if a > sa { c.lw(a - 1) } else { "" };
        if matches!(
            p,
            "to" | "passed"
                | "reached"
                | "exceeded"
                | "surpassed"
                | "topped"
                | "at"
                | "hit"
                | "past"
        ) {
            let from = a.saturating_sub(16).max(sa);
            let toll = (from..a)
                .rev()
                .find(|&j| matches!(c.lw(j), "number" | "toll" | "tally" | "count"));
            if let Some(t) = toll {
                let before_toll = if t > sa { c.lw(t - 1) } else { "" };
                let between = (t + 1..a).find_map(|j| outcome_word(c.lw(j)));
                counted = between
                    .or_else(|| (before_toll == "death").then_some(Counted::Killed))
                    .or_else(|| {
                        earlier.last().map(|r| match r.counted {
                            Counted::Killed
                            | Counted::Injured
                            | Counted::Abducted
                            | Counted::Hostages
                            | Counted::Displaced => r.counted,
                            _ => Counted::People,
                        })
                    })
                    .or_else(|| (c.lw(t) == "toll").then_some(Counted::Killed));
            }
        }
    }
    let counted = counted?;
    Some(Raw {
        a,
        b,
        value,
        bound,
        qualifier,
        counted,
        sentence: si,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_too_large_for_f64_are_not_figures() {
        let text = format!("Officials said {} people were killed.", "9".repeat(400));
        assert!(super::find_figures(&text, &[]).is_empty());
    }

    use super::*;

    #[test]
    fn qualifiers_give_their_bound() {
        assert_eq!(one("nearly 600 deaths").bound, Some(Bound::Nearly));
        assert_eq!(
            one("at least 35 people were killed").bound,
            Some(Bound::AtLeast)
        );
        assert_eq!(one("up to 40 hostages").bound, Some(Bound::AtMost));
        assert_eq!(one("some 540 were killed").bound, Some(Bound::About));
        assert_eq!(one("12 soldiers were wounded").bound, None);
        assert_eq!(one("as many as 40 people died").bound, Some(Bound::About));
        assert_eq!(
            one("more than 1,000 people were injured").bound,
            Some(Bound::AtLeast)
        );
    }

    fn figs(text: &str) -> Vec<(String, f64, Option<String>, String)> {
        find_figures(text, &[])
            .into_iter()
            .map(|f| (f.text, f.value, f.qualifier, f.counted.as_str().to_string()))
            .collect()
    }

    fn one(text: &str) -> Figure {
        let f = find_figures(text, &[]);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f.into_iter().next().expect("one figure")
    }

    #[test]
    fn numbers_and_qualifiers() {
        let f = one("The health office said nearly 12,500 deaths had been recorded.");
        assert_eq!(
            (f.value, f.qualifier.as_deref(), f.counted.as_str()),
            (12_500.0, Some("nearly"), "killed")
        );
        assert_eq!(f.text, "nearly 12,500 deaths");
        assert_eq!(f.source.as_deref(), Some("health office"));
        let f = one("Rescuers counted more than a thousand injuries.");
        assert_eq!((f.value, f.counted.as_str()), (1000.0, "injured"));
        let f = one("They freed three living hostages.");
        assert_eq!((f.value, f.counted.as_str()), (3.0, "hostages"));
        let f = one("Some 1.5 million people live there.");
        assert_eq!((f.value, f.counted.as_str()), (1_500_000.0, "people"));
        assert_eq!(f.qualifier.as_deref(), Some("some"));
        let f = one("Raiders killed at least 19 people in the town.");
        assert_eq!(
            (f.value, f.qualifier.as_deref(), f.counted.as_str()),
            (19.0, Some("at least"), "killed")
        );
        let f = one("Officials confirmed the deaths of two soldiers.");
        assert_eq!(f.counted.as_str(), "killed");
    }

    #[test]
    fn outcomes_and_elided_nouns() {
        let got = figs("Officials said 900 people were killed and 120 abducted in the raid.");
        assert_eq!(
            got,
            vec![
                ("900 people".to_string(), 900.0, None, "killed".to_string()),
                ("120".to_string(), 120.0, None, "abducted".to_string()),
            ]
        );
        let f = one("More than 60 civilians—mostly farmers and herders—have been killed, according to the district council.");
        assert_eq!((f.value, f.counted.as_str()), (60.0, "killed"));
        assert_eq!(f.source.as_deref(), Some("district council"));
        let f = one("A guard died and four others were wounded.");
        assert_eq!((f.value, f.counted.as_str()), (4.0, "injured"));
    }

    #[test]
    fn tolls_and_claims_carry() {
        let text = "Local networks claimed that 25 people were killed in strikes overnight, raising the overall number to some 410 since the truce collapsed.\nThe figures cannot be verified.";
        let f = find_figures(text, &[]);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].source.as_deref(), Some("Local networks"));
        assert_eq!(f[1].source.as_deref(), Some("Local networks"));
        assert_eq!(f[1].counted.as_str(), "killed");
        assert_eq!(f[1].qualifier.as_deref(), Some("some"));
        assert_eq!(f[0].time_scope.as_deref(), Some("overnight"));
        assert_eq!(
            f[1].time_scope.as_deref(),
            Some("since the truce collapsed")
        );

        let text = "Medical officials in Sudan said the number of people confirmed killed had now passed 14,200. It reported 61 deaths in the past 24 hours.";
        let f = find_figures(text, &[]);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].value, f[0].counted.as_str()), (14_200.0, "killed"));
        assert_eq!(f[0].source.as_deref(), Some("Medical officials in Sudan"));
        assert_eq!(f[1].source.as_deref(), Some("Medical officials in Sudan"));
        assert_eq!(f[1].time_scope.as_deref(), Some("in the past 24 hours"));
    }

    #[test]
    fn coordinated_figures_share_a_scope() {
        let text = "with the state-run office reporting nearly 700 deaths and more than a thousand injuries since fighting resumed.";
        let f = find_figures(text, &[]);
        assert_eq!(f.len(), 2, "{f:?}");
        for x in &f {
            assert_eq!(x.time_scope.as_deref(), Some("since fighting resumed"));
            assert_eq!(x.source.as_deref(), Some("state-run office"));
        }
    }

    #[test]
    fn more_news_patterns() {
        let got = figs("The raid ended, killing 12 people and wounding 30 others. The death toll rose to 1,234.");
        let counted: Vec<(f64, &str)> = got.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(
            counted,
            vec![(12.0, "killed"), (30.0, "injured"), (1_234.0, "killed")]
        );
        let f = one("Israel says 250 people were taken hostage.");
        assert_eq!(
            (f.counted.as_str(), f.source.as_deref()),
            ("abducted", Some("Israel"))
        );
        let f = one("Over 1.9 million people have been displaced.");
        assert_eq!((f.value, f.counted.as_str()), (1_900_000.0, "displaced"));
        let f = find_figures(
            "Some 200 aid workers stayed, and two hundred and fifty prisoners were freed.",
            &[],
        );
        assert_eq!((f[0].value, f[0].counted.as_str()), (200.0, "workers"));
        assert_eq!((f[1].value, f[1].counted.as_str()), (250.0, "prisoners"));
        let f = one("Strikes in December involved nearly 9,000 employees.");
        assert_eq!(
            (f.counted.as_str(), f.time_scope.as_deref()),
            ("workers", Some("in December"))
        );
        let f = one("Last month, 3 people were injured at the plant, police said.");
        assert_eq!(
            (f.counted.as_str(), f.time_scope.as_deref()),
            ("injured", Some("Last month"))
        );
        assert_eq!(f.source.as_deref(), Some("police"));
        // A range keeps its upper bound only.
        let f = one("Between 20 to 30 people were hurt.");
        assert_eq!((f.value, f.counted.as_str()), (30.0, "injured"));
    }

    #[test]
    fn places_from_mentions() {
        let text = "Strikes killed 12 people in northern Idlib on Monday.";
        let at = text.find("Idlib").expect("idlib");
        let m = Mention {
            text: "Idlib".into(),
            kind: EntityKind::Place,
            span: Span::new(at, at + 5),
            canonical: "Idlib".into(),
            zone: newsmill_types::Zone::Body,
        };
        let f = find_figures(text, &[m]);
        assert_eq!(f[0].place.as_deref(), Some("in northern Idlib"));
        assert_eq!(f[0].time_scope.as_deref(), Some("on Monday"));
    }

    #[test]
    fn not_figures() {
        for text in [
            "The group has ruled the area since 2007.",
            "The attack on Oct. 7 shocked many. It began March 7, 2024.",
            "Talks would pause the fighting for six weeks and a 40-day truce.",
            "She fled with her 12-member family after four days of talks.",
            "One of the workers was hurt.",
            "A 12-year-old boy, aged 12, lost $300 and 5% of savings.",
            "2 View gallery",
            "It attributed at least a third of fatalities to fighters.",
            "Two people familiar with the matter said talks stalled, and three people said so.",
            "The third holiest shrine.",
        ] {
            assert!(
                find_figures(text, &[]).is_empty(),
                "{text}: {:?}",
                find_figures(text, &[])
            );
        }
    }
}
