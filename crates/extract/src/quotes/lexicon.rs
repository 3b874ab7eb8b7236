//! The words the speaker rules know: speech verbs, noun-phrase boundaries,
//! pronouns, group references, news agencies and titles.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Speech {
    Finite,
    Participle,
    Noun,
}

pub(super) fn speech(lw: &str) -> Option<Speech> {
    Some(match lw {
        "said" | "says" | "say" | "stated" | "states" | "told" | "tells" | "noted" | "notes"
        | "warned" | "warns" | "added" | "adds" | "declared" | "declares" | "wrote" | "writes"
        | "insisted" | "urged" | "reiterated" | "confirmed" | "announced" | "emphasized"
        | "emphasised" | "stressed" | "claimed" | "claims" | "accused" | "described"
        | "responded" | "replied" | "asked" | "explained" | "argued" | "tweeted" | "posted"
        | "threatened" | "acknowledged" | "denied" | "vowed" | "pledged" | "countered"
        | "conceded" | "admitted" | "demanded" | "suggested" | "predicted" | "promised"
        | "cautioned" | "criticized" | "criticised" | "condemned" | "decried" | "lamented"
        | "reported" | "reports" | "continued" | "recalled" | "shouted" | "quipped"
        | "remarked" | "observed" | "maintained" | "affirmed" | "blasted" | "read" => {
            Speech::Finite
        }
        "saying" | "stating" | "declaring" | "warning" | "adding" | "noting" | "reporting"
        | "insisting" | "telling" | "claiming" | "calling" | "describing" | "accusing"
        | "arguing" | "urging" | "stressing" | "emphasizing" | "emphasising" | "vowing"
        | "writing" => Speech::Participle,
        "statement" | "remarks" | "comments" | "words" | "message" | "pledge" | "threat"
        | "promise" | "vow" | "appeal" | "assertion" => Speech::Noun,
        _ => return None,
    })
}

/// Verbs that may come first in a post-quote attribution ('," said X').
pub(super) fn verb_first_ok(lw: &str) -> bool {
    matches!(
        lw,
        "said"
            | "says"
            | "stated"
            | "added"
            | "wrote"
            | "asked"
            | "continued"
            | "warned"
            | "explained"
            | "noted"
            | "insisted"
            | "declared"
            | "replied"
            | "recalled"
            | "shouted"
    )
}

pub(super) fn is_np_boundary_word(lw: &str) -> bool {
    matches!(
        lw,
        "that"
            | "which"
            | "who"
            | "whom"
            | "and"
            | "but"
            | "while"
            | "as"
            | "when"
            | "after"
            | "with"
            | "because"
            | "although"
            | "though"
            | "if"
            | "where"
            | "since"
            | "then"
            | "so"
            | "or"
            | "before"
            | "whether"
    )
}

pub(super) fn is_aux_or_adverb(lw: &str) -> bool {
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
            | "then"
            | "further"
            | "again"
            | "publicly"
            | "repeatedly"
            | "once"
            | "even"
            | "recently"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "already"
            | "now"
            | "still"
            | "separately"
            | "initially"
            | "originally"
            | "subsequently"
            | "similarly"
            | "likewise"
            | "only"
            | "just"
            | "is"
            | "was"
            | "were"
            | "are"
            | "not"
            | "never"
    )
}

pub(super) fn is_person_pronoun(lw: &str) -> bool {
    matches!(lw, "he" | "she")
}

pub(super) fn is_group_reference(np_lower: &str) -> bool {
    matches!(
        np_lower,
        "they"
            | "it"
            | "the group"
            | "the terrorists"
            | "the terror group"
            | "the movement"
            | "the militants"
            | "the organization"
            | "the organisation"
            | "the militant group"
            | "the islamist group"
            | "the ministry"
            | "the office"
            | "the agency"
            | "the department"
            | "the statement"
    )
}

pub(super) fn is_news_agency(name: &str) -> bool {
    matches!(
        name,
        "Reuters" | "AFP" | "Agence France-Presse" | "AP" | "Associated Press" | "CNN" | "BBC"
    )
}

pub(super) fn is_title_abbr(w: &str) -> bool {
    matches!(
        w,
        "Col"
            | "Gen"
            | "Lt"
            | "Maj"
            | "Capt"
            | "Sgt"
            | "Adm"
            | "Brig"
            | "Dr"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Prof"
            | "Rev"
            | "Sen"
            | "Rep"
            | "Gov"
    )
}
