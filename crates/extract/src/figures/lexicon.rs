//! The words the figure rules know: counted nouns, outcomes, units, number
//! words, qualifiers and the verbs and boundaries of a claim.

use super::*;

/// The normalised counted category of a noun (lower case), if it is one.
pub(crate) fn counted_word(lw: &str) -> Option<Counted> {
    Some(match lw {
        "deaths" | "dead" | "fatalities" | "death" | "lives" => Counted::Killed,
        "injuries" | "injured" | "wounded" => Counted::Injured,
        "hostages" | "hostage" | "captives" => Counted::Hostages,
        "abductees" => Counted::Abducted,
        "prisoners" | "prisoner" | "detainees" | "detainee" => Counted::Prisoners,
        "displaced" | "refugees" => Counted::Displaced,
        "bodies" | "body" | "corpses" => Counted::Bodies,
        "soldiers" | "soldier" | "troops" | "reservists" => Counted::Soldiers,
        "civilians" | "civilian" => Counted::Civilians,
        "casualties" => Counted::Casualties,
        "children" | "child" | "minors" | "kids" => Counted::Children,
        "women" => Counted::Women,
        "militants" | "fighters" | "terrorists" | "gunmen" | "operatives" => Counted::Militants,
        "journalists" | "reporters" => Counted::Journalists,
        "workers" | "staffers" | "employees" => Counted::Workers,
        "people" | "persons" | "person" | "palestinians" | "israelis" | "residents" | "others"
        | "individuals" | "gazans" | "victims" | "patients" => Counted::People,
        _ => return None,
    })
}

/// The outcome a participle or verb names.
pub(super) fn outcome_word(lw: &str) -> Option<Counted> {
    Some(match lw {
        "killed" | "died" | "dead" | "killing" | "kills" | "murdered" | "slain" => Counted::Killed,
        "wounded" | "injured" | "hurt" | "wounding" | "injuring" => Counted::Injured,
        "abducted" | "kidnapped" | "abducting" | "kidnapping" => Counted::Abducted,
        "displaced" | "uprooted" => Counted::Displaced,
        "arrested" | "detained" => Counted::Arrested,
        "released" | "freed" => Counted::Released,
        "missing" => Counted::Missing,
        "evacuated" => Counted::Evacuated,
        _ => return None,
    })
}

pub(super) fn unit_word(lw: &str) -> bool {
    matches!(
        lw,
        "hours"
            | "hour"
            | "days"
            | "day"
            | "weeks"
            | "week"
            | "months"
            | "month"
            | "years"
            | "year"
            | "minutes"
            | "minute"
            | "seconds"
            | "decades"
            | "km"
            | "kilometers"
            | "kilometres"
            | "miles"
            | "meters"
            | "metres"
            | "percent"
            | "per"
            | "dollars"
            | "shekels"
            | "euros"
            | "tons"
            | "tonnes"
            | "times"
            | "am"
            | "pm"
            | "a.m"
            | "p.m"
    )
}

pub(super) fn number_word(lw: &str) -> Option<f64> {
    Some(match lw {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

pub(super) fn scale_word(lw: &str) -> Option<f64> {
    Some(match lw {
        "hundred" => 100.0,
        "thousand" => 1_000.0,
        "million" => 1_000_000.0,
        "billion" => 1_000_000_000.0,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Qualifier phrases (lower-case words, longest first where one contains
/// another) and how each bounds the number. "least" alone is the "at least"
/// of "at the very least". "as many as" stays `About`: news uses it for
/// estimates as often as for ceilings.
pub(super) const QUALIFIERS: &[(&[&str], Bound)] = &[
    (&["as", "many", "as"], Bound::About),
    (&["in", "excess", "of"], Bound::AtLeast),
    (&["at", "least"], Bound::AtLeast),
    (&["more", "than"], Bound::AtLeast),
    (&["less", "than"], Bound::AtMost),
    (&["fewer", "than"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["close", "to"], Bound::Nearly),
    (&["at", "most"], Bound::AtMost),
    (&["upwards", "of"], Bound::AtLeast),
    (&["just", "over"], Bound::AtLeast),
    (&["just", "under"], Bound::Nearly),
    (&["an", "estimated"], Bound::About),
    (&["nearly"], Bound::Nearly),
    (&["almost"], Bound::Nearly),
    (&["some"], Bound::About),
    (&["over"], Bound::AtLeast),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["approximately"], Bound::About),
    (&["roughly"], Bound::About),
    (&["least"], Bound::AtLeast),
];

pub(super) fn is_reporting_verb(lw: &str) -> bool {
    matches!(
        lw,
        "said"
            | "says"
            | "say"
            | "claimed"
            | "claims"
            | "claim"
            | "reported"
            | "reports"
            | "reporting"
            | "stated"
            | "states"
            | "announced"
            | "announces"
            | "confirmed"
            | "confirms"
            | "told"
            | "estimated"
            | "estimates"
            | "recorded"
            | "counted"
            | "saying"
            | "claiming"
            | "stating"
            | "announcing"
            | "confirming"
            | "estimating"
            | "countered"
            | "added"
    )
}

pub(super) fn is_boundary_word(lw: &str) -> bool {
    matches!(
        lw,
        "that"
            | "which"
            | "with"
            | "while"
            | "as"
            | "and"
            | "but"
            | "after"
            | "when"
            | "where"
            | "because"
            | "whereas"
            | "although"
            | "though"
            | "since"
            | "if"
            | "who"
    )
}

pub(super) fn is_skippable_before_verb(lw: &str) -> bool {
    matches!(
        lw,
        "has"
            | "have"
            | "had"
            | "also"
            | "reportedly"
            | "previously"
            | "earlier"
            | "later"
            | "now"
            | "officially"
            | "separately"
            | "further"
            | "initially"
            | "then"
            | "however"
    )
}
