//! The two commonest attributions of a quote: a speech verb and its
//! subject right after the quote ('"…," Ann Lee said', '"…," said Ann
//! Lee'), and a speech verb before it in its sentence ('Ann Lee said: "…"').

use super::speaker::{Ctx, Speaker};
use super::*;

/// Previous quotes' close token, speaker and sentence, as `resolve` reads
/// them.
type Earlier = [(usize, Speaker, usize)];

/// The speaker an attribution right after the quote `span` names, when the
/// quote ends open (a comma, a question, a name or a verb follows).
pub(super) fn after_the_quote(ctx: &Ctx, span: &marks::Span, prev: &Earlier) -> Option<Speaker> {
    let mut j = span.close + 1;
    if ctx.w(j) == "," {
        j += 1;
    }
    let first = ctx.lw(j);
    if let Some(np) = ctx.quoted_as_saying(j, ctx.toks.len(), true) {
        // '," the paper quoted one of the organisers as saying'
        return Some(ctx.resolve(np, prev));
    } else if verb_first_ok(first) && ctx.para.get(j) == ctx.para.get(span.close) {
        // '," said Abir, who ...'
        let mut e = j + 1;
        while e < ctx.toks.len() && e < j + 9 {
            let w = ctx.w(e);
            if !ctx.is_word(e) {
                if w == "." && abbreviation_before(ctx.w(e - 1)) {
                    e += 1;
                    continue;
                }
                break;
            }
            let lw = ctx.lw(e);
            // '," says a doctor from Hebron, whose …': where an unnamed
            // person is from is part of how the article describes them.
            let from_a_place = lw == "from"
                && matches!(ctx.lw(j + 1), "a" | "an" | "one" | "another")
                && starts_upper(ctx.w(e + 1));
            if !from_a_place
                && (is_np_boundary_word(lw)
                    || matches!(lw, "in" | "at" | "on" | "during" | "from" | "after" | "to"))
            {
                break;
            }
            e += 1;
        }
        // '," said one man who lives near the bridge.': a described
        // speaker keeps the clause that says who (no comma before
        // "who"), as the article words it.
        // With a comma too, after an indefinite description
        // ('," said one fan, who travelled from Ibadan.').
        let who = if matches!(ctx.lw(e), "who" | "whose") {
            Some(e)
        } else {
            let comma_who = ctx.w(e) == ","
                && matches!(ctx.lw(e + 1), "who" | "whose")
                && matches!(ctx.lw(j + 1), "a" | "an" | "one" | "another");
            comma_who.then_some(e + 1)
        };
        if let Some(who) = who.filter(|_| e > j + 1) {
            let (x, y) = ctx.byte_range(j + 1, e - 1);
            if ctx.mentions_in(x, y).next().is_none() {
                let clause_end = (who + 1..(who + 12).min(ctx.toks.len()))
                    .take_while(|&k| ctx.is_word(k) && !ctx.in_quote[k])
                    .last();
                if let Some(end) = clause_end {
                    e = end + 1;
                }
            }
        }
        if let Some(np) = ctx.role_then_name(j + 1) {
            // '," said search and rescue coordinator Linda Kowalczyk.'
            return Some(ctx.resolve(np, prev));
        } else if e > j + 1 {
            // '," said the chief executive of the federation, Róisín
            // Quigley.': the phrase runs to the comma before a
            // name, and `resolve` takes the name for a description.
            let end = (e..(e + 8).min(ctx.toks.len()))
                .take_while(|&k| ctx.is_word(k) || ctx.w(k) == ",")
                .find(|&k| ctx.w(k) == ",")
                .filter(|&c| ctx.apposed_person(c).is_some())
                .map_or(e - 1, |c| c - 1);
            return Some(ctx.resolve((j + 1, end), prev));
        }
    } else {
        // '," a spokeswoman said', '," deputy spokesman for X stated.'
        let mut v = j;
        // End of the speaker phrase when a comma-enclosed aside
        // follows it ('," one resident, who asked …, told Reuters').
        let mut np_end: Option<usize> = None;
        let mut limit = j + 12;
        while v < ctx.toks.len() && v < limit {
            if !ctx.is_word(v) {
                let w = ctx.w(v);
                if w == "." && v > j && abbreviation_before(ctx.w(v - 1)) {
                    v += 1;
                    continue;
                }
                // A plural's or an s-name's possessive ('," Peres'
                // office said', "the Farmers' Union chairman").
                if matches!(w, "'" | "’")
                    && v > j
                    && ctx.is_word(v - 1)
                    && ctx.w(v - 1).ends_with(['s', 'S'])
                    && ctx.is_word(v + 1)
                {
                    v += 1;
                    continue;
                }
                // An organisation's acronym in brackets inside the
                // phrase ('," Faik Nerweyi of the Kurdistan
                // Democratic Party (KDP) told Reuters').
                if let Some(after) = (w == "(" && v > j)
                    .then(|| ctx.bracketed_acronym_end(v))
                    .flatten()
                {
                    limit += after - v;
                    v = after;
                    continue;
                }
                if w == "," && v > j && np_end.is_none() {
                    let close = (v + 1..(v + 16).min(ctx.toks.len()))
                        .take_while(|&k| ctx.is_word(k) || ctx.w(k) == ",")
                        .find(|&k| ctx.w(k) == ",");
                    if let Some(c) = close {
                        np_end = Some(v - 1);
                        v = c + 1;
                        limit = v + 1;
                        continue;
                    }
                    // A list of roles before the name ('," chairman,
                    // CEO and president Ann Lee said'): the comma is
                    // inside the phrase when no second one closes an
                    // aside; the phrase is still held to twelve tokens.
                    if ctx.is_word(v + 1) {
                        v += 1;
                        continue;
                    }
                }
                break;
            }
            let lw = ctx.lv(v);
            if speech(lw) == Some(Speech::Finite) || ctx.plural_present_speech(v) {
                break;
            }
            v += 1;
        }
        if v > j
            && v < ctx.toks.len()
            && (speech(ctx.lv(v)) == Some(Speech::Finite) || ctx.plural_present_speech(v))
        {
            let mut np = (j, np_end.unwrap_or(v - 1));
            // '," she once said', '," he later told reporters'.
            while np.1 > np.0 && ctx.is_word(np.1) && is_aux_or_adverb(ctx.lw(np.1)) {
                np.1 -= 1;
            }
            if ctx.plausible_speaker_after(np) {
                return Some(ctx.resolve(np, prev));
            }
        } else if let Some(name_end) = ctx.name_before_long_apposition(j) {
            // '"…," Geoffrey Berman, the U.S. attorney for …, said'
            return Some(ctx.resolve((j, name_end), prev));
        } else if let Some(name_end) = ctx.named_subject_of_verb(j) {
            // '"…," Benioff weighed in': a name right after the
            // quote followed by a verb we do not list.
            return Some(ctx.resolve((j, name_end), prev));
        }
    }
    None
}

/// The speaker of a speech verb before the quote `span` in its sentence,
/// or in the sentence before when that ends with a colon ('He said:\n"…"'),
/// and whether the verb introduces the quote directly.
pub(super) fn before_the_quote(
    ctx: &Ctx,
    span: &marks::Span,
    prev: &Earlier,
) -> Option<(Speaker, bool)> {
    let mut windows = vec![(ctx.sentence_of(span.open).0, span.open)];
    {
        let mut k = span.open;
        while k > 0 && ctx.toks[k - 1].kind == TokKind::Newline {
            k -= 1;
        }
        if k > 0 && k < span.open && ctx.w(k - 1) == ":" {
            windows.push((ctx.sentence_of(k - 1).0, k - 1));
        }
    }
    for &(sa, limit) in &windows {
        // 'The paper quoted one of the organisers as saying: "…"'
        if let Some(np) = ctx.quoted_as_saying(sa, limit, false) {
            return Some((ctx.resolve(np, prev), limit <= np.1 + 6));
        }
        let mut v = limit;
        while v > sa {
            v -= 1;
            if ctx.in_quote[v] {
                continue;
            }
            let lw = ctx.lv(v);
            // "As Ann Lee put it, "…"": an idiom, not the verb "put".
            let put_it = lw == "put" && ctx.lw(v + 1) == "it";
            // "… allowed Ann Lee to claim that "…"", "he'd respond": a
            // bare speech verb after "to" or a modal; after "to" only
            // when the words before it name who ("Officials are
            // expected to argue" names no one).
            let bare = v > sa
                && is_bare_speech_verb(lw)
                && (ctx.lw(v - 1) == "to" || is_modal(ctx.lw(v - 1)));
            let infinitive = bare && ctx.lw(v - 1) == "to";
            // "… and think, "Who am I to write this?"": a verb of
            // thought right before the quote and its comma or colon
            // voices the quote.
            // So does "tell yourself, "…"".
            let reflexive = usize::from(matches!(
                ctx.lw(v + 1),
                "yourself" | "myself" | "himself" | "herself" | "ourselves" | "themselves"
            ));
            let thought = (is_thought_verb(lw)
                || reflexive == 1 && matches!(lw, "tell" | "tells" | "told" | "ask" | "asks" | "asked"))
                && matches!(ctx.w(v + 1 + reflexive), "," | ":")
                && v + 2 + reflexive == limit
                // Not an infinitive ("will be left to wonder: "…"" is
                // the colon-clause rule's, with its subject's name).
                && !(v > sa && ctx.lw(v - 1) == "to");
            let Some(kind) = speech(lw).or((put_it || bare || thought).then_some(Speech::Finite))
            else {
                continue;
            };
            // "her emails", "the statement": a noun after a determiner.
            if kind == Speech::Finite && v > sa && is_determiner(ctx.lw(v - 1)) {
                continue;
            }
            // "Dole's tax plans were called "deja-voodoo economics"": the
            // subject of a passive verb of calling is what is called, not
            // who speaks (an agent after "by" is the passive rule's).
            if v > sa && is_calling_participle(lw) && is_be_form(ctx.lw(v - 1)) {
                continue;
            }
            // 'The initiative, said Nagel, "was all about …"', '…, said one
            // private farmer: "In the future …"': an inverted attribution
            // after a comma, just before the quote, names its speaker after
            // the verb.
            let inverted = (kind == Speech::Finite
                && matches!(lw, "said" | "says" | "added" | "adds" | "wrote" | "writes")
                && v > sa
                && ctx.w(v - 1) == ",")
                .then(|| inverted_speaker(ctx, v, limit))
                .flatten();
            let np = match kind {
                Speech::Noun => ctx
                    .possessor_before(sa, v)
                    .or_else(|| ctx.issuer_before(sa, v)),
                Speech::Participle => {
                    let prev_w = if v > sa { ctx.w(v - 1) } else { "" };
                    if v == sa || matches!(prev_w, "," | "—" | "–" | ";") || ctx.in_quote[v - 1]
                    {
                        ctx.sentence_subject(sa, v).or_else(|| {
                            // First person, else organisation, of the sentence.
                            let (x, y) = ctx.byte_range(sa, v);
                            let ms: Vec<&Mention> = ctx.mentions_in(x, y).collect();
                            let m =
                                ms.iter()
                                    .find(|m| m.kind == EntityKind::Person)
                                    .or_else(|| {
                                        ms.iter().find(|m| m.kind == EntityKind::Organisation)
                                    })?;
                            let a =
                                crate::canonical::scan::tok_at_or_after(&ctx.toks, m.span.start);
                            let b = crate::canonical::scan::tok_at_or_after(&ctx.toks, m.span.end);
                            (b > a).then(|| (a, b - 1))
                        })
                    } else {
                        ctx.np_before(sa, v)
                    }
                }
                Speech::Finite if inverted.is_some() => inverted,
                Speech::Finite => {
                    let np = ctx
                        .np_before(sa, v)
                        .or_else(|| ctx.np_before_apposition(sa, v))
                        .or_else(|| ctx.coordinated_subject(sa, v));
                    if thought && !np.is_some_and(|np| ctx.plausible_noun_phrase(np)) {
                        ctx.opening_pronoun(sa, v)
                    } else {
                        np
                    }
                }
            };
            let np = np.filter(|&(a, b)| {
                !infinitive
                    || ctx
                        .mentions_in(ctx.toks[a].start, ctx.toks[b].end)
                        .any(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation))
            });
            if let Some(np) = np.filter(|&np| ctx.plausible_noun_phrase(np)) {
                // 'told WKRN News: "We listened."': a colon introduces
                // speech as directly as the verb itself.
                let direct = limit <= v + 3 || (limit > 0 && ctx.w(limit - 1) == ":");
                return Some((ctx.resolve(np, prev), direct));
            }
        }
    }
    None
}

/// The speaker after the verb at token `v` of an inverted attribution that
/// ends, with a comma or a colon, right before the quote opening at
/// `open`: a person's name, or an unnamed person described in a few words
/// ("one private farmer"). Its first and last tokens.
fn inverted_speaker(ctx: &Ctx, v: usize, open: usize) -> Option<(usize, usize)> {
    const MAX_DESCRIPTION_WORDS: usize = 5;
    let end = open.checked_sub(2)?;
    if end <= v || !matches!(ctx.w(end + 1), "," | ":") {
        return None;
    }
    if ctx.person_name_end_at(v + 1) == Some(end) {
        return Some((v + 1, end));
    }
    let described = matches!(ctx.lw(v + 1), "a" | "an" | "one" | "another")
        && end - v <= MAX_DESCRIPTION_WORDS
        && (v + 1..=end).all(|k| ctx.is_word(k))
        && is_person_noun(ctx.lw(end));
    described.then_some((v + 1, end))
}
